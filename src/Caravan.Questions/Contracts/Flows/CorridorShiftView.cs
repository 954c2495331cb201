namespace Caravan.Questions.Contracts;

/// <summary>A corridor's tonnes under each scenario set of a comparison.</summary>
/// <param name="Corridor">Mode and countries crossed.</param>
/// <param name="Tonnes">Tonnes per set, in the order of the comparison.</param>
public sealed record CorridorShiftView(string Corridor, IReadOnlyList<double> Tonnes);
