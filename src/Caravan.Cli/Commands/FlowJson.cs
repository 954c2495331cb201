using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Optimization.Flows;

namespace Caravan.Cli.Commands;

/// <summary>The JSON shapes of flow reports (field names are a contract: docs/cli.md) and their GeoJSON.</summary>
public static class FlowJson
{
    /// <summary>
    /// <c>{"status","totalCostUsd","unmetTonnes","flows":[{"link","commodity","tonnes","utilisation"}],
    /// "bottlenecks":[{"id","kind","dualUsdPerTonnePerDay"}]}</c> plus context fields.
    /// </summary>
    public static object Of(FlowReport r) => new
    {
        status = r.Status,
        totalCostUsd = Finite(r.TotalCostUsd),
        unmetTonnes = r.UnmetTonnes,
        flows = r.Flows.Select(f => new { link = f.Link, commodity = f.Commodity, tonnes = f.Tonnes, utilisation = f.Utilisation, direction = f.Direction, from = f.From, to = f.To, corridor = f.Corridor }),
        bottlenecks = r.Bottlenecks.Select(b => new { id = b.Id, kind = b.Kind, dualUsdPerTonnePerDay = b.DualUsdPerTonnePerDay, direction = b.Direction, capacityTonnesPerDay = b.CapacityUnit == "t" ? b.CapacityPerDay : (double?)null, capacityPerDay = b.CapacityPerDay, capacityUnit = b.CapacityUnit, utilisation = b.Utilisation }),
        scenario = r.Scenario,
        periodDays = r.PeriodDays,
        solver = r.Solver,
        solveSeconds = r.SolveSeconds,
        message = r.Message,
        demandTonnes = r.DemandTonnes,
        cost = new { freightUsd = r.Cost.FreightUsd, handlingUsd = r.Cost.HandlingUsd, timeUsd = r.Cost.TimeUsd, co2Usd = r.Cost.Co2Usd, riskUsd = r.Cost.RiskUsd, penaltyUsd = r.Cost.PenaltyUsd },
        demand = r.Demand.Select(d => new { node = d.Node, commodity = d.Commodity, demandTonnes = d.DemandTonnes, unmetTonnes = d.UnmetTonnes }),
        corridors = r.CorridorTonnes,
    };

    /// <summary>The comparison as JSON: one entry per scenario, corridor shifts, new bottlenecks.</summary>
    public static object Of(ScenarioComparison c) => new
    {
        scenarios = c.Reports.Select(r => new
        {
            scenario = r.Scenario,
            status = r.Status,
            totalCostUsd = Finite(r.TotalCostUsd),
            deltaCostUsd = Finite(r.TotalCostUsd - c.Reports[0].TotalCostUsd),
            unmetTonnes = r.UnmetTonnes,
            deltaUnmetTonnes = r.UnmetTonnes - c.Reports[0].UnmetTonnes,
            bottlenecks = r.Bottlenecks.Select(b => new { id = b.Id, kind = b.Kind, dualUsdPerTonnePerDay = b.DualUsdPerTonnePerDay, direction = b.Direction }),
        }),
        corridorShifts = c.CorridorShifts.Select(s => new { corridor = s.Corridor, tonnes = s.Tonnes }),
        newBottlenecks = c.NewBottlenecks.Select(n => new { scenario = n.Scenario, id = n.Bottleneck.Id, kind = n.Bottleneck.Kind, direction = n.Bottleneck.Direction, dualUsdPerTonnePerDay = n.Bottleneck.DualUsdPerTonnePerDay }),
    };

    /// <summary>An RFC 7946 FeatureCollection: one LineString per link and direction that carries flow.</summary>
    public static string GeoJson(Dataset dataset, FlowReport report)
    {
        var features = new JsonArray();
        foreach (var group in report.Flows.GroupBy(f => (f.Link, f.Direction)))
        {
            var first = group.First();
            var from = dataset.FindNode(first.From)!;
            var to = dataset.FindNode(first.To)!;
            var commodities = new JsonObject();
            foreach (var f in group)
                commodities[f.Commodity] = f.Tonnes;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject
                {
                    ["type"] = "LineString",
                    ["coordinates"] = new JsonArray(new JsonArray(from.Lon, from.Lat), new JsonArray(to.Lon, to.Lat)),
                },
                ["properties"] = new JsonObject
                {
                    ["link"] = first.Link,
                    ["direction"] = first.Direction,
                    ["mode"] = SnakeCase.Name(dataset.Links.First(l => l.Id == first.Link).Mode),
                    ["tonnes"] = group.Sum(f => f.Tonnes),
                    ["utilisation"] = first.Utilisation,
                    ["commodities"] = commodities,
                    ["scenario"] = report.Scenario,
                },
            });
        }
        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
        return collection.ToJsonString(new JsonSerializerOptions(JsonOutput.Options) { WriteIndented = false });
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
