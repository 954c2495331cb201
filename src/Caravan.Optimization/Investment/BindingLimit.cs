namespace Caravan.Optimization.Investment;

/// <summary>
/// A binding limit in one scenario's flow and what one more unit of it is worth (a flow's binding capacities are
/// <see cref="Flows.Bottleneck"/>; these also count supply).
/// </summary>
/// <param name="Kind">"link", "node" or "supply".</param>
/// <param name="Id">The link or node id.</param>
/// <param name="Commodity">The commodity, for supply limits; empty otherwise.</param>
/// <param name="ValueUsdPerTonnePerYear">Cost saved per year by one more t/yr of the limit, US$ (the dual, sign made positive).</param>
public sealed record BindingLimit(string Kind, string Id, string Commodity, double ValueUsdPerTonnePerYear)
{
    /// <summary>The same value per extra t/day of capacity, US$/yr (× 365).</summary>
    public double ValueUsdPerTonnePerDay => ValueUsdPerTonnePerYear * Core.Hours.DaysPerYear;
}
