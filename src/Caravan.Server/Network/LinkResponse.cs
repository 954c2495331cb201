using Caravan.Core.Network;

namespace Caravan.Server.Network;

/// <summary>A link as the API shows it.</summary>
/// <param name="Id">Slug.</param>
/// <param name="From">Start node id.</param>
/// <param name="To">End node id.</param>
/// <param name="Mode">rail, road, sea, ferry, air.</param>
/// <param name="TwoWay">True when usable both ways.</param>
/// <param name="DistanceKm">Length, km.</param>
/// <param name="TransitHours">Transit-time distribution in dataset syntax, hours.</param>
/// <param name="TransitHoursMean">Mean transit time, hours.</param>
/// <param name="CostUsdPerTonne">Freight rate, US$/t.</param>
/// <param name="CapacityTonnesPerDay">Capacity each way, t/day, when given in tonnes; null = unlimited or in another unit.</param>
/// <param name="DeparturesPerWeek">Scheduled departures; null = continuous.</param>
/// <param name="Co2GramsPerTonneKm">CO2e intensity, g/t-km.</param>
/// <param name="Countries">Countries crossed.</param>
/// <param name="Chokepoints">Chokepoints passed.</param>
/// <param name="Operator">Carrier or infrastructure manager.</param>
/// <param name="CapacityPerDay">Capacity each way in <paramref name="CapacityUnit"/> per day; null = unlimited.</param>
/// <param name="CapacityUnit">"t", "TEU" or "wagons"; null = unlimited.</param>
public sealed record LinkResponse(
    string Id, string From, string To, string Mode, bool TwoWay, double DistanceKm, string TransitHours, double TransitHoursMean,
    double CostUsdPerTonne, double? CapacityTonnesPerDay, double? DeparturesPerWeek, double Co2GramsPerTonneKm,
    IReadOnlyList<string> Countries, IReadOnlyList<string> Chokepoints, string Operator, double? CapacityPerDay, string? CapacityUnit)
{
    /// <summary>The API view of <paramref name="link"/>.</summary>
    public static LinkResponse Of(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new(link.Id, link.From, link.To, SnakeCase.Name(link.Mode), link.TwoWay, link.DistanceKm, link.TransitTimeHours.Syntax,
            link.TransitTimeHours.Mean, link.CostUsdPerTonne, link.CapacityTonnesPerDay, link.DeparturesPerWeek, link.Co2GramsPerTonneKm,
            link.Countries, link.Chokepoints, link.Operator, link.Capacity?.PerDay, link.Capacity?.UnitText);
    }
}
