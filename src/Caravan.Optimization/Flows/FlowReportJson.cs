namespace Caravan.Optimization.Flows;

/// <summary>
/// The JSON shapes of flow reports, shared by <c>caravan flow --format json</c>, <c>caravan compare</c>
/// and the server's flow runs (field names are a contract: docs/cli.md).
/// </summary>
public static class FlowReportJson
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
        startDay = r.StartDay,
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

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
