using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;

namespace Caravan.Questions.Contracts;

/// <summary>One route. Money and CO2 are for the whole shipment; hours door to door.</summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="CostUsd">Freight and handling, US$.</param>
/// <param name="Hours">Expected door-to-door hours (handling, border dwell and waits for departures included).</param>
/// <param name="Days">The same in days.</param>
/// <param name="Co2Kg">CO2e, kg.</param>
/// <param name="Risk">Probability of meeting at least one disruption during the trip.</param>
/// <param name="GeneralisedCostUsd">Money + time value + carbon + risk premium, US$: what ranks routes.</param>
/// <param name="Countries">Countries the route depends on, ISO alpha-2.</param>
/// <param name="Chokepoints">Chokepoints passed.</param>
/// <param name="Modes">Modes used, in order of first use.</param>
/// <param name="Family">Corridor family: east, north, west, south, air, other.</param>
/// <param name="Why">Why it ranks where it does.</param>
/// <param name="Legs">One per link.</param>
/// <param name="Transfers">Changes of mode.</param>
/// <param name="Borders">Border crossings.</param>
/// <param name="Breakdown">The generalised cost split, for the whole shipment.</param>
public sealed record RouteView(
    int Rank, double CostUsd, double Hours, double Days, double Co2Kg, double Risk, double GeneralisedCostUsd,
    IReadOnlyList<string> Countries, IReadOnlyList<string> Chokepoints, IReadOnlyList<string> Modes, string Family, string Why,
    IReadOnlyList<LegView> Legs, IReadOnlyList<TransferView> Transfers, IReadOnlyList<BorderView> Borders, BreakdownView Breakdown)
{
    /// <summary>The contract of <paramref name="route"/>; node names come from <paramref name="dataset"/>.</summary>
    public static RouteView Of(Route route, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(dataset);
        return new(route.Rank, Rounded.Usd(route.CostUsd), Rounded.Two(route.Hours), Rounded.Two(Core.Hours.ToDays(route.Hours)), Rounded.Two(route.Co2Kg),
            Rounded.Share(route.Risk), Rounded.Usd(route.GeneralisedCostUsd), route.Countries, route.Chokepoints, route.Modes,
            RouteFamily.Classify(route), route.Why,
            [.. route.Legs.Select(l => new LegView(l.From, dataset.FindNode(l.From)?.Name ?? l.From, l.To, dataset.FindNode(l.To)?.Name ?? l.To,
                SnakeCase.Name(l.Mode), Rounded.Two(l.Km), Rounded.Two(l.Hours), Rounded.Usd(l.CostUsd), Rounded.Two(l.Co2Kg), l.Countries, l.Operator, l.Link)
                { CongestionHours = Rounded.Two(l.CongestionHours) })],
            [.. route.Transfers.Select(t => new TransferView(t.Node, SnakeCase.Name(t.FromMode), SnakeCase.Name(t.ToMode), Rounded.Two(t.Hours), Rounded.Two(t.Co2Kg)))],
            [.. route.Borders.Select(b => new BorderView(b.Node, b.Name, b.Country, b.Regime is { } r ? SnakeCase.Name(r) : "", Rounded.Two(b.DwellHours), b.GaugeChange))],
            BreakdownView.Of(route.Breakdown));
    }
}
