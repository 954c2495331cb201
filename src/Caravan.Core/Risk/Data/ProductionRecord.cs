namespace Caravan.Core.Risk;

/// <summary>One country's production of a mineral at one stage in one year, as one edition of a source reports it.</summary>
/// <param name="Mineral">Mineral id (<c>gallium</c>, <c>rare-earths</c>).</param>
/// <param name="Stage">Extraction or processing.</param>
/// <param name="Country">ISO alpha-2 code, or <c>other</c> for output the source does not itemise.</param>
/// <param name="Year">Data year.</param>
/// <param name="Quantity">Amount in <paramref name="Unit"/> (≥ 0).</param>
/// <param name="Unit">Unit as the source gives it (<c>kg Ga</c>, <c>t REO</c>, <c>tU</c>); one unit per mineral, stage, year and edition.</param>
/// <param name="Estimate">True for the source's estimates (USGS "e" years, WNA "est." rows).</param>
/// <param name="Edition">The source and edition (<c>USGS MCS 2026</c>).</param>
/// <param name="EditionYear">Year the edition was published; the newest edition of a year wins.</param>
/// <param name="Notes">Free text.</param>
public sealed record ProductionRecord(
    string Mineral, SupplyStage Stage, string Country, int Year, double Quantity, string Unit,
    bool Estimate, string Edition, int EditionYear, string Notes = "");
