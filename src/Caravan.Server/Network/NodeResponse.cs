using Caravan.Core.Network;

namespace Caravan.Server.Network;

/// <summary>A node as the API shows it.</summary>
/// <param name="Id">UN/LOCODE or slug.</param>
/// <param name="Name">Name.</param>
/// <param name="Kind">mine, plant, border, port, airport, hub, customer.</param>
/// <param name="Country">ISO alpha-2.</param>
/// <param name="Lat">Latitude, degrees.</param>
/// <param name="Lon">Longitude, degrees.</param>
/// <param name="CapacityTonnesPerDay">Throughput, t/day, when given in tonnes; null = unlimited or in another unit.</param>
/// <param name="HandlingCostUsdPerTonne">Handling and fees, US$/t.</param>
/// <param name="HandlingHoursMean">Mean handling time, hours.</param>
/// <param name="CustomsRegime">paper or digital at borders; null elsewhere.</param>
/// <param name="GaugeChange">True where the rail gauge changes.</param>
/// <param name="LicensedClasses">Hazard classes the node may handle.</param>
/// <param name="CapacityPerDay">Throughput in <paramref name="CapacityUnit"/> per day; null = unlimited.</param>
/// <param name="CapacityUnit">"t", "TEU" or "wagons"; null = unlimited.</param>
public sealed record NodeResponse(
    string Id, string Name, string Kind, string Country, double Lat, double Lon, double? CapacityTonnesPerDay,
    double HandlingCostUsdPerTonne, double HandlingHoursMean, string? CustomsRegime, bool GaugeChange, IReadOnlyList<string> LicensedClasses,
    double? CapacityPerDay, string? CapacityUnit)
{
    /// <summary>The API view of <paramref name="node"/>.</summary>
    public static NodeResponse From(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new(node.Id, node.Name, SnakeCase.Name(node.Kind), node.Country, node.Lat, node.Lon, node.CapacityTonnesPerDay,
            node.HandlingCostUsdPerTonne, node.HandlingTimeHours.Mean, node.CustomsRegime is { } c ? SnakeCase.Name(c) : null,
            node.GaugeChange, node.LicensedClasses, node.Capacity?.PerDay, node.Capacity?.UnitText);
    }
}
