namespace Caravan.Questions.Contracts;

/// <summary>A flagship scenario: the constraints it adds to every route question.</summary>
/// <param name="Id">Id (baseline, no-ru, no-cn, no-ru-cn).</param>
/// <param name="Name">Name.</param>
/// <param name="Constraints">Its constraints, in words.</param>
public sealed record FlagshipColumn(string Id, string Name, string Constraints);
