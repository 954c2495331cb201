using Caravan.Core.Data;
using Caravan.Core.Routing;

namespace Caravan.Server.Contracts;

/// <summary>
/// One route: the fields of <c>caravan route --format json</c> plus days, the cost breakdown and
/// node names on each leg. Money and CO2 are for the whole shipment.
/// </summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="CostUsd">Freight and handling, US$.</param>
/// <param name="Hours">Expected door-to-door hours.</param>
/// <param name="Days">The same in days.</param>
/// <param name="Co2Kg">CO2e, kg.</param>
/// <param name="Risk">Probability of meeting a disruption.</param>
/// <param name="GeneralisedCostUsd">Money + time value + carbon + risk premium, US$.</param>
/// <param name="Countries">Countries the route depends on.</param>
/// <param name="Chokepoints">Chokepoints passed.</param>
/// <param name="Modes">Modes used.</param>
/// <param name="Family">Corridor family: east, north, west, south, air, other.</param>
/// <param name="Why">Why it ranks where it does.</param>
/// <param name="Legs">One per link.</param>
/// <param name="Transfers">Changes of mode.</param>
/// <param name="Borders">Border crossings.</param>
/// <param name="Breakdown">The generalised cost split, for the whole shipment.</param>
public sealed record RouteView(
    int Rank, double CostUsd, double Hours, double Days, double Co2Kg, double Risk, double GeneralisedCostUsd,
    IReadOnlyList<string> Countries, IReadOnlyList<string> Chokepoints, IReadOnlyList<string> Modes, string Family, string Why,
    IReadOnlyList<LegView> Legs, IReadOnlyList<Transfer> Transfers, IReadOnlyList<BorderCrossing> Borders, CostBreakdown Breakdown)
{
    /// <summary>The API view of <paramref name="route"/>.</summary>
    public static RouteView Of(Caravan.Core.Routing.Route route, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(dataset);
        return new(route.Rank, R(route.CostUsd), R(route.Hours), R(route.Hours / 24), R(route.Co2Kg), Math.Round(route.Risk, 6),
            R(route.GeneralisedCostUsd), route.Countries, route.Chokepoints, route.Modes, RouteFamily.Classify(route), route.Why,
            route.Legs.Select(l => new LegView(l.From, dataset.FindNode(l.From)?.Name ?? l.From, l.To, dataset.FindNode(l.To)?.Name ?? l.To,
                Caravan.Core.Network.SnakeCase.Name(l.Mode), R(l.Km), R(l.Hours), R(l.CostUsd), R(l.Co2Kg), l.Countries, l.Operator, l.Link)).ToList(),
            route.Transfers, route.Borders, route.Breakdown);
    }

    // Two decimals are below any figure's precision and keep responses small.
    private static double R(double x) => Math.Round(x, 2);
}

/// <summary>One leg of a route.</summary>
/// <param name="From">Start node id.</param>
/// <param name="FromName">Start node name.</param>
/// <param name="To">End node id.</param>
/// <param name="ToName">End node name.</param>
/// <param name="Mode">Mode.</param>
/// <param name="Km">Length, km.</param>
/// <param name="Hours">Elapsed hours (wait, move, handling and dwell at its end).</param>
/// <param name="CostUsd">Money for the shipment, US$.</param>
/// <param name="Co2Kg">CO2e for the shipment, kg.</param>
/// <param name="Countries">Countries crossed.</param>
/// <param name="Operator">Carrier.</param>
/// <param name="Link">Link id.</param>
public sealed record LegView(
    string From, string FromName, string To, string ToName, string Mode, double Km, double Hours, double CostUsd, double Co2Kg,
    IReadOnlyList<string> Countries, string Operator, string Link);
