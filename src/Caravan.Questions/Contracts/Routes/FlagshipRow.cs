namespace Caravan.Questions.Contracts;

/// <summary>A corridor family of the flagship comparison.</summary>
/// <param name="Id">Id (east, north, west, south, air).</param>
/// <param name="Name">Name.</param>
public sealed record FlagshipRow(string Id, string Name);
