namespace Caravan.Questions.Contracts;

/// <summary>A published row given with the inputs, and whether we reproduce it.</summary>
/// <param name="Sr">Published SR.</param>
/// <param name="Stage">Published stage.</param>
/// <param name="Critical">Published verdict.</param>
/// <param name="Reproduced">True when SR, stage and verdict match.</param>
public sealed record EuCrmPublished(double? Sr, string? Stage, bool? Critical, bool? Reproduced);
