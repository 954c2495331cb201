namespace Caravan.Questions.Contracts;

/// <summary>
/// The flagship comparison (<c>caravan flagship --format json</c>): every case, with the flagship
/// scenarios and the corridor families that make its columns and rows. <c>GET /api/routes/flagship</c>
/// answers its <see cref="Cases"/>.
/// </summary>
/// <param name="Tonnes">Shipment size, t.</param>
/// <param name="AppliedScenarios">Scenarios applied to the dataset before the comparison; empty for the dataset as it is.</param>
/// <param name="Ranking">What ranks "best": the criterion, in words.</param>
/// <param name="Scenarios">The flagship scenarios (columns).</param>
/// <param name="Families">The corridor families (rows).</param>
/// <param name="Cases">Every cell.</param>
public sealed record FlagshipAnswer(
    double Tonnes, IReadOnlyList<string> AppliedScenarios, string Ranking, IReadOnlyList<FlagshipColumn> Scenarios,
    IReadOnlyList<FlagshipRow> Families, IReadOnlyList<FlagshipCase> Cases);
