using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Questions.Contracts;

/// <summary>A commodity as the API shows it (the same fields as <c>caravan commodities --format json</c>).</summary>
/// <param name="Id">Slug.</param>
/// <param name="Name">Name.</param>
/// <param name="HsCode">Harmonized System code.</param>
/// <param name="ValueUsdPerTonne">Value, US$/t.</param>
/// <param name="HazardClass">UN class, empty when not dangerous.</param>
/// <param name="UnNumber">UN number.</param>
/// <param name="ForbiddenModes">Modes it may not use.</param>
/// <param name="LicensedNodesOnly">True when only licensed ports and airports may handle it.</param>
/// <param name="CarryingRatePerYear">Inventory carrying rate, per year.</param>
/// <param name="Mineral">The mineral it is made of.</param>
public sealed record CommodityView(
    string Id, string Name, string HsCode, double ValueUsdPerTonne, string HazardClass, string UnNumber,
    IReadOnlyList<string> ForbiddenModes, bool LicensedNodesOnly, double CarryingRatePerYear, string Mineral)
{
    /// <summary>The API view of <paramref name="commodity"/>.</summary>
    public static CommodityView From(Commodity commodity)
    {
        ArgumentNullException.ThrowIfNull(commodity);
        return new(commodity.Id, commodity.Name, commodity.HsCode, commodity.ValueUsdPerTonne, commodity.HazardClass, commodity.UnNumber,
            commodity.ForbiddenModes.Select(SnakeCase.Name).ToList(), commodity.LicensedNodesOnly, commodity.CarryingRatePerYear, commodity.Mineral);
    }
}
