namespace Caravan.Optimization.Investment;

/// <summary>
/// Random investment instances of a chosen size, reproducible from a seed: a connected directed network
/// with a few commodities, tight capacities, and projects of every kind (capacity on an arc or node, a
/// new arc, a cheaper arc, more supply), with dependencies and exclusions. For property tests against
/// brute force and for benchmarks; not a model of any real corridor.
/// </summary>
public static class SyntheticInstance
{
    /// <summary>Generates an instance.</summary>
    /// <param name="seed">The random seed; the same seed gives the same instance.</param>
    /// <param name="projects">Number of candidate projects.</param>
    /// <param name="scenarios">Number of scenarios.</param>
    /// <param name="nodes">Number of nodes (≥ 4).</param>
    /// <param name="commodities">Number of commodities (≥ 1).</param>
    public static InvestmentInstance Generate(int seed, int projects, int scenarios, int nodes = 8, int commodities = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(commodities, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(scenarios, 1);
        var random = new Random(seed);
        var tails = new List<int>();
        var heads = new List<int>();
        for (var n = 0; n < nodes; n++)
        {
            // A ring both ways keeps every node reachable; chords add alternatives.
            tails.Add(n); heads.Add((n + 1) % nodes);
            tails.Add((n + 1) % nodes); heads.Add(n);
        }
        for (var i = 0; i < nodes; i++)
        {
            var a = random.Next(nodes);
            var b = random.Next(nodes);
            if (a != b)
            {
                tails.Add(a); heads.Add(b);
            }
        }
        var baseArcs = tails.Count;
        var owners = Enumerable.Repeat(-1, baseArcs).ToList();
        var terms = new List<ProjectTerms>();
        var kinds = new int[projects];
        var targets = new int[projects];
        for (var p = 0; p < projects; p++)
        {
            kinds[p] = random.Next(5);
            if (kinds[p] == 2)
            {
                // A new arc: a shortcut between two random nodes, owned by the project.
                var a = random.Next(nodes);
                var b = (a + 1 + random.Next(nodes - 1)) % nodes;
                tails.Add(a); heads.Add(b); owners.Add(p);
                targets[p] = tails.Count - 1;
            }
            var requires = p > 0 && random.NextDouble() < 0.2 ? new[] { random.Next(p) } : [];
            var excludes = p > 0 && random.NextDouble() < 0.15 ? new[] { random.Next(p) }.Except(requires).ToArray() : [];
            var capex = 10 + random.Next(90);
            terms.Add(new ProjectTerms($"p{p}", capex, capex * (0.5 + random.NextDouble()) * 3, 1 + random.Next(3), requires, excludes));
        }
        // Exclusions are symmetric in meaning; list them on both sides as the loader's users might.
        for (var p = 0; p < projects; p++)
        {
            foreach (var q in terms[p].Excludes.ToArray())
                terms[q] = terms[q] with { Excludes = terms[q].Excludes.Append(p).Distinct().ToArray() };
        }
        var arcs = tails.Count;
        var baseCost = Enumerable.Range(0, commodities).Select(_ => Enumerable.Range(0, arcs).Select(_ => 1.0 + random.Next(20)).ToArray()).ToArray();
        var baseCapacity = Enumerable.Range(0, arcs).Select(_ => random.NextDouble() < 0.3 ? double.PositiveInfinity : 5.0 + random.Next(25)).ToArray();
        var nodeCapacity = Enumerable.Range(0, nodes).Select(_ => random.NextDouble() < 0.6 ? double.PositiveInfinity : 10.0 + random.Next(30)).ToArray();
        var supply = new double[commodities][];
        var demand = new double[commodities][];
        for (var k = 0; k < commodities; k++)
        {
            supply[k] = new double[nodes];
            demand[k] = new double[nodes];
            supply[k][random.Next(nodes)] += 20 + random.Next(30);
            supply[k][random.Next(nodes)] += random.Next(20);
            demand[k][random.Next(nodes)] += 10 + random.Next(20);
            demand[k][random.Next(nodes)] += 5 + random.Next(15);
        }
        var arcGains = new List<Gain>();
        var nodeGains = new List<Gain>();
        var supplyGains = new List<Gain>();
        var variants = new List<ArcVariant>();
        for (var p = 0; p < projects; p++)
        {
            switch (kinds[p])
            {
                case 0: arcGains.Add(new Gain(p, random.Next(baseArcs), 5 + random.Next(20))); break;
                case 1: nodeGains.Add(new Gain(p, random.Next(nodes), 5 + random.Next(20))); break;
                case 2: baseCapacity[targets[p]] = 5 + random.Next(25); break;
                case 3:
                    // Half the savings fall on the first four arcs, so savings of several projects stack.
                    var arc = random.Next(random.NextDouble() < 0.5 ? 4 : baseArcs);
                    var k = random.Next(commodities);
                    variants.Add(new ArcVariant(arc, p, k, Math.Max(0, baseCost[k][arc] - 1 - random.Next(10))));
                    break;
                default:
                    var commodity = random.Next(commodities);
                    supplyGains.Add(new Gain(p, commodity * nodes + random.Next(nodes), 5 + random.Next(20)));
                    break;
            }
        }
        var weights = Enumerable.Range(0, scenarios).Select(_ => 0.2 + random.NextDouble()).ToArray();
        var total = weights.Sum();
        var list = new List<FlowScenario>();
        for (var s = 0; s < scenarios; s++)
        {
            // Scenario 0 is the baseline; the others close or shrink a few arcs at random.
            var capacity = baseCapacity.ToArray();
            if (s > 0)
            {
                for (var i = 0; i < 1 + random.Next(3); i++)
                    capacity[random.Next(arcs)] = random.NextDouble() < 0.5 ? 0 : 3 + random.Next(8);
            }
            list.Add(new FlowScenario
            {
                Name = s == 0 ? "baseline" : $"s{s}",
                Probability = weights[s] / total,
                NodeIds = Enumerable.Range(0, nodes).Select(n => $"n{n}").ToArray(),
                ArcLinkIds = Enumerable.Range(0, arcs).Select(a => $"a{a}").ToArray(),
                CommodityIds = Enumerable.Range(0, commodities).Select(k => $"c{k}").ToArray(),
                ArcTail = tails.ToArray(),
                ArcHead = heads.ToArray(),
                ArcCapacity = capacity,
                ArcOwner = owners.ToArray(),
                ArcCost = baseCost,
                NodeCapacity = nodeCapacity,
                NodeOwner = Enumerable.Repeat(-1, nodes).ToArray(),
                Supply = supply,
                OriginCost = Enumerable.Range(0, commodities).Select(_ => new double[nodes]).ToArray(),
                Demand = demand,
                PenaltyUsdPerTonne = Enumerable.Range(0, commodities).Select(_ => 60.0 + random.Next(60)).ToArray(),
                ArcGains = arcGains,
                NodeGains = nodeGains,
                SupplyGains = supplyGains,
                Variants = variants,
            });
        }
        return new InvestmentInstance(terms, list);
    }
}
