namespace Caravan.Core.Risk;

/// <summary>
/// The EU method's trade parameter <c>t</c> for one country: above 1 where the country restricts exports
/// of the material, 0.8 where an EU trade agreement applies; 1 when no row exists.
/// </summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Stage">Stage.</param>
/// <param name="Country">ISO alpha-2 code.</param>
/// <param name="Scope">Global-supply HHI or sourcing HHI.</param>
/// <param name="Value">The multiplier (&gt; 0).</param>
public sealed record TradeParameter(string Mineral, SupplyStage Stage, string Country, HhiScope Scope, double Value);
