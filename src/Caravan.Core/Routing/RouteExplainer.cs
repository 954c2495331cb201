using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>Turns a sequence of arcs into a <see cref="Route"/>: legs, transfers, borders and totals from the cost model.</summary>
public static class RouteExplainer
{
    /// <summary>Explains the route from <paramref name="origin"/> along <paramref name="arcs"/> for <paramref name="tonnes"/> t.</summary>
    public static Route Explain(CostModel model, CostTable table, int origin, IReadOnlyList<int> arcs, double tonnes)
    {
        var net = model.Network;
        var start = model.Origin(origin, table.Commodity);
        var total = start;
        var legs = new List<Leg>(arcs.Count);
        var transfers = new List<Transfer>();
        var borders = new List<BorderCrossing>();
        var countries = new List<string>();
        var chokepoints = new List<string>();
        var modes = new List<string>();
        AddBorder(net.Nodes[origin], model, borders);
        AddUnique(countries, net.Nodes[origin].Country);
        Mode? previous = null;
        for (var i = 0; i < arcs.Count; i++)
        {
            var a = arcs[i];
            var link = net.Links[net.ArcLink[a]];
            var tail = net.Nodes[net.ArcTail[a]];
            var head = net.Nodes[net.ArcHead[a]];
            var step = table.Breakdown[a];
            if (i == 0)
                step = Add(step, start);
            if (previous is { } p && p != link.Mode)
            {
                step = Add(step, table.Transfer);
                total = Add(total, table.Transfer);
                transfers.Add(new Transfer(tail.Id, p, link.Mode, table.Transfer.Hours, table.Transfer.Co2Kg * tonnes));
            }
            total = Add(total, table.Breakdown[a]);
            previous = link.Mode;
            legs.Add(new Leg(tail.Id, head.Id, link.Mode, link.DistanceKm, step.Hours,
                step.MoneyUsd * tonnes, step.Co2Kg * tonnes, link.Countries, link.Operator, link.Id)
            { CongestionHours = step.CongestionHours });
            foreach (var c in link.Countries)
                AddUnique(countries, c);
            AddUnique(countries, head.Country);
            foreach (var c in link.Chokepoints)
                AddUnique(chokepoints, c);
            AddUnique(modes, SnakeCase.Name(link.Mode));
            AddBorder(head, model, borders);
        }
        var whole = Scale(total, tonnes);
        return new Route
        {
            From = net.Nodes[origin].Id,
            To = arcs.Count == 0 ? net.Nodes[origin].Id : net.Nodes[net.ArcHead[arcs[^1]]].Id,
            Tonnes = tonnes,
            CostUsd = whole.MoneyUsd,
            Hours = total.Hours,
            Co2Kg = whole.Co2Kg,
            Hazard = total.Hazard,
            Risk = 1 - Math.Exp(-total.Hazard),
            GeneralisedCostUsd = whole.GeneralisedUsd,
            Countries = countries,
            Chokepoints = chokepoints,
            Modes = modes,
            Legs = legs,
            Transfers = transfers,
            Borders = borders,
            Breakdown = whole,
            Arcs = arcs.ToArray(),
        };
    }

    private static void AddBorder(Node node, CostModel model, List<BorderCrossing> borders)
    {
        if (node.Kind != NodeKind.Border)
            return;
        borders.Add(new BorderCrossing(node.Id, node.Name, node.Country,
            node.CustomsRegime, model.Hours(node.DwellHours), node.GaugeChange));
    }

    private static void AddUnique(List<string> list, string value)
    {
        if (value.Length > 0 && !list.Contains(value))
            list.Add(value);
    }

    private static CostBreakdown Add(CostBreakdown a, CostBreakdown b) => new(
        a.FreightUsd + b.FreightUsd, a.HandlingUsd + b.HandlingUsd, a.WaitHours + b.WaitHours,
        a.TransitHours + b.TransitHours, a.HandlingHours + b.HandlingHours, a.BorderDwellHours + b.BorderDwellHours,
        a.Co2Kg + b.Co2Kg, a.Hazard + b.Hazard, a.TimeValueUsd + b.TimeValueUsd, a.CarbonUsd + b.CarbonUsd,
        a.RiskPremiumUsd + b.RiskPremiumUsd)
    { FeesUsd = a.FeesUsd + b.FeesUsd, CongestionHours = a.CongestionHours + b.CongestionHours, WarRiskUsd = a.WarRiskUsd + b.WarRiskUsd };

    // Money, CO2 and their prices scale with tonnes; hours and hazard belong to the trip, not the tonne.
    private static CostBreakdown Scale(CostBreakdown a, double t) => new(
        a.FreightUsd * t, a.HandlingUsd * t, a.WaitHours, a.TransitHours, a.HandlingHours, a.BorderDwellHours,
        a.Co2Kg * t, a.Hazard, a.TimeValueUsd * t, a.CarbonUsd * t, a.RiskPremiumUsd * t)
    { FeesUsd = a.FeesUsd * t, CongestionHours = a.CongestionHours, WarRiskUsd = a.WarRiskUsd * t };
}
