namespace Caravan.Questions.Contracts;

/// <summary>An export restriction and its status on the as-of date.</summary>
/// <param name="Country">Restricting country.</param>
/// <param name="Measure">ban, licence, ...</param>
/// <param name="Importer">Importer it targets; null for all.</param>
/// <param name="Effective">Date in force (yyyy-mm-dd).</param>
/// <param name="TradeParameter">Trade parameter it sets.</param>
/// <param name="Status">Its status on the as-of date.</param>
/// <param name="Notes">Source notes.</param>
public sealed record RestrictionView(string Country, string Measure, string? Importer, string Effective, double? TradeParameter, string Status, string Notes);
