using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using CsCheck;

namespace Caravan.Core.Tests.Routing;

/// <summary>Searches against brute-force enumeration of every simple path on random small networks.</summary>
public sealed class RoutePlannerPropertyTests
{
    private static readonly string[] Countries = ["KZ", "CN", "RU", "AZ"];
    private static readonly Mode[] Modes = [Mode.Rail, Mode.Road, Mode.Sea, Mode.Ferry, Mode.Air];

    /// <summary>A random case: a network of 3–7 nodes, a commodity, constraints, from node 0 to the last.</summary>
    private sealed record Case(Dataset Dataset, RouteRequest Request, CostParameters Parameters)
    {
        public override string ToString() =>
            $"{Dataset.Nodes.Count} nodes, {Dataset.Links.Count} links, {Request.Constraints.Describe()}";
    }

    private static readonly Gen<Case> Cases = Gen.Int[0, int.MaxValue].Select(Build);

    private static Case Build(int seed)
    {
        var rng = new Random(seed);
        var n = rng.Next(3, 8);
        var tiny = new TinyDataset().Stability("KZ", 1).Stability("RU", -1);
        for (var i = 0; i < n; i++)
        {
            var kind = rng.Next(9) switch { 0 => NodeKind.Border, 1 => NodeKind.Port, 2 => NodeKind.Mine, 3 => NodeKind.Customer, _ => NodeKind.Hub };
            tiny.Node($"N{i}", Countries[rng.Next(Countries.Length)], kind, lat: rng.Next(30, 60), lon: rng.Next(40, 140),
                handlingCost: rng.Next(0, 20), handlingHours: rng.Next(0, 10), licensed: rng.Next(2) == 0 ? ["7"] : null);
        }
        var links = rng.Next(n, 3 * n + 1);
        for (var l = 0; l < links; l++)
        {
            var from = rng.Next(n);
            var to = (from + 1 + rng.Next(n - 1)) % n;
            var countries = new[] { Countries[rng.Next(Countries.Length)], Countries[rng.Next(Countries.Length)] }.Distinct().ToArray();
            var disrupted = rng.Next(4) == 0;
            tiny.Link($"N{from}", $"N{to}", Modes[rng.Next(Modes.Length)], km: rng.Next(10, 3000), hours: rng.Next(1, 100),
                cost: rng.Next(1, 200), countries: countries, twoWay: rng.Next(3) > 0, id: $"L{l}",
                departuresPerWeek: rng.Next(3) == 0 ? rng.Next(1, 15) : null, chokepoints: rng.Next(5) == 0 ? ["suez"] : null,
                edit: disrupted ? x => x with { Disruption = new Disruption(rng.Next(1, 10), new FixedDistribution(rng.Next(1, 100))) } : null);
        }
        tiny.Commodity("c", valueUsdPerTonne: rng.Next(1, 500) * 1000.0, forbidden: rng.Next(3) == 0 ? [Mode.Air] : null,
            hazard: "7", licensedOnly: rng.Next(4) == 0);
        var constraints = new RouteConstraints
        {
            AvoidCountries = rng.Next(3) == 0 ? [Countries[rng.Next(1, Countries.Length)]] : [],
            AvoidModes = rng.Next(4) == 0 ? [Modes[rng.Next(Modes.Length)]] : [],
            AvoidChokepoints = rng.Next(6) == 0 ? ["suez"] : [],
            MaxModeChanges = rng.Next(3) == 0 ? rng.Next(0, 3) : null,
            MaxDays = rng.Next(4) == 0 ? rng.Next(2, 30) + 0.37 : null,
        };
        var parameters = new CostParameters { TransferHours = rng.Next(0, 5), TransferCostUsdPerTonne = rng.Next(0, 30) };
        var dataset = tiny.Build();
        return new Case(dataset, new RouteRequest("N0", $"N{n - 1}", dataset.FindCommodity("c")!)
        {
            Constraints = constraints,
            Tonnes = rng.Next(1, 20),
        }, parameters);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-7 * Math.Max(1, Math.Abs(b));

    [Fact]
    public void Best_RandomNetworks_EqualsBruteForce() => Cases.Sample(c =>
    {
        var model = new CostModel(c.Dataset, c.Parameters);
        var all = BruteForce.Routes(model, c.Request);
        var result = new RoutePlanner(model).Best(c.Request);
        if (all.Count == 0)
            return result.Best is null && result.NoRouteReason is not null;
        return result.Best is { } best
            && Close(best.GeneralisedCostUsd, all.Min(r => r.GeneralisedCostUsd))
            && BruteForce.Obeys(model, best, c.Request.Commodity, c.Request.Constraints)
            && BruteForce.Loopless(model, best);
    }, iter: 300);

    [Fact]
    public void Best_ViaCountry_EqualsBruteForceOverRoutesThroughIt() => Cases.Sample(c =>
    {
        var via = c.Request with { Constraints = c.Request.Constraints with { ViaCountries = ["RU"] } };
        var model = new CostModel(c.Dataset, c.Parameters);
        var all = BruteForce.Routes(model, via).Where(r => r.Countries.Contains("RU")).ToList();
        var result = new RoutePlanner(model).Best(via);
        if (all.Count == 0)
            return result.Best is null;
        return result.Best is { } best
            && best.Countries.Contains("RU")
            && BruteForce.Loopless(model, best)
            && Close(best.GeneralisedCostUsd, all.Min(r => r.GeneralisedCostUsd));
    }, iter: 500);

    [Fact]
    public void Alternatives_RandomNetworks_LooplessDistinctNonDecreasingAndExact() => Cases.Sample(c =>
    {
        const int k = 4;
        var model = new CostModel(c.Dataset, c.Parameters);
        var all = BruteForce.Routes(model, c.Request).Select(r => r.GeneralisedCostUsd).Order().Take(k).ToList();
        var routes = new RoutePlanner(model).Alternatives(c.Request, k).Routes;
        var costs = routes.Select(r => r.GeneralisedCostUsd).ToList();
        return routes.Count == all.Count
            && costs.Zip(all).All(p => Close(p.First, p.Second))
            && costs.Zip(costs.Skip(1)).All(p => p.First <= p.Second + 1e-9)
            && routes.Select(r => string.Join(',', r.Arcs)).Distinct().Count() == routes.Count
            && routes.All(r => BruteForce.Loopless(model, r) && BruteForce.Obeys(model, r, c.Request.Commodity, c.Request.Constraints));
    }, iter: 300);

    [Fact]
    public void Pareto_RandomNetworks_MutuallyNonDominatedAndComplete() => Cases.Sample(c =>
    {
        var model = new CostModel(c.Dataset, c.Parameters);
        var all = BruteForce.Routes(model, c.Request);
        var front = new RoutePlanner(model).Pareto(c.Request).Routes;
        var truth = all.Where(r => !all.Any(o => Dominates(o, r))).ToList();
        return front.All(a => !front.Any(b => !ReferenceEquals(a, b) && Dominates(b, a)))
            && truth.All(t => front.Any(f => SameVector(f, t)))
            && front.All(f => truth.Any(t => SameVector(f, t)))
            && front.All(r => BruteForce.Loopless(model, r) && BruteForce.Obeys(model, r, c.Request.Commodity, c.Request.Constraints));
    }, iter: 300);

    [Fact]
    public void Pareto_WithCap_ReportsApproximationAndStaysNonDominated() => Cases.Sample(c =>
    {
        var model = new CostModel(c.Dataset, c.Parameters);
        var result = new RoutePlanner(model).Pareto(c.Request, new ParetoOptions { CapPerNode = 1, Epsilon = 0.2 });
        var front = result.Routes;
        return front.All(a => !front.Any(b => !ReferenceEquals(a, b) && Dominates(b, a)))
            && front.All(r => BruteForce.Obeys(model, r, c.Request.Commodity, c.Request.Constraints));
    }, iter: 200);

    private static bool Dominates(Route a, Route b) =>
        Le(a.CostUsd, b.CostUsd) && Le(a.Hours, b.Hours) && Le(a.Co2Kg, b.Co2Kg) && Le(a.Hazard, b.Hazard) && !SameVector(a, b);

    private static bool Le(double a, double b) => a <= b + 1e-7 * Math.Max(1, Math.Abs(b));

    private static bool SameVector(Route a, Route b) =>
        Close(a.CostUsd, b.CostUsd) && Close(a.Hours, b.Hours) && Close(a.Co2Kg, b.Co2Kg) && Close(a.Hazard, b.Hazard);
}
