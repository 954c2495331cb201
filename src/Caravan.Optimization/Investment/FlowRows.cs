using Google.OrTools.LinearSolver;

namespace Caravan.Optimization.Investment;

/// <summary>
/// Adds one scenario's multi-commodity flow to a solver: flow per commodity and arc (plus the cheaper
/// copies projects open), supply shipped and demand unmet per commodity and node, conservation at every
/// node, shared arc and node capacities, and the weighted cost to the objective. The projects enter
/// either as first-stage binaries (the MIP) or as a fixed portfolio (evaluation), so both read one
/// formulation. Capacity that a project adds enters linearly with its own increment as coefficient,
/// so no big-M is needed there; new arcs and nodes and cost savings are gated by the tightest bound
/// the data give: the capacity with every increment, or the commodity's total demand.
/// </summary>
internal sealed class FlowRows
{
    private readonly FlowScenario _s;
    private readonly Solver _solver;
    private readonly Variable[]? _y;
    private readonly bool[]? _built;
    private readonly double[] _totalDemand;
    private readonly double _allDemand;

    private FlowRows(Solver solver, FlowScenario scenario, Variable[]? y, bool[]? built)
    {
        _solver = solver;
        _s = scenario;
        _y = y;
        _built = built;
        _totalDemand = scenario.Demand.Select(d => d.Sum()).ToArray();
        _allDemand = _totalDemand.Sum();
        Flow = new Variable?[scenario.CommodityCount][];
        EffectiveCost = new double[scenario.CommodityCount][];
        Shipped = new Variable?[scenario.CommodityCount][];
        Unmet = new Variable?[scenario.CommodityCount][];
        ArcRows = new Constraint?[scenario.ArcCount];
        NodeRows = new Constraint?[scenario.NodeCount];
        SupplyRows = new Constraint?[scenario.CommodityCount * scenario.NodeCount];
    }

    /// <summary>Flow, t/yr, by [commodity][arc]; null where the arc cannot help the commodity.</summary>
    public Variable?[][] Flow { get; }

    /// <summary>
    /// Saving claims (binaries only): for each project that makes an arc cheaper for a commodity, the
    /// tonnes that enjoy the saving, ≤ the arc's flow and 0 unless the project is built.
    /// </summary>
    public List<(ArcVariant Variant, double SavingUsdPerTonne, Variable Tonnes)> Savings { get; } = [];

    /// <summary>Cost per tonne of each flow variable in the objective (fixed portfolio: net of the savings built), by [commodity][arc].</summary>
    public double[][] EffectiveCost { get; }

    /// <summary>Supply shipped, t/yr, by [commodity][node].</summary>
    public Variable?[][] Shipped { get; }

    /// <summary>Demand unmet, t/yr, by [commodity][node].</summary>
    public Variable?[][] Unmet { get; }

    /// <summary>Capacity row of each arc that has one.</summary>
    public Constraint?[] ArcRows { get; }

    /// <summary>Throughput row of each node that has one.</summary>
    public Constraint?[] NodeRows { get; }

    /// <summary>Supply row of each (commodity × node count + node) whose supply a project changes.</summary>
    public Constraint?[] SupplyRows { get; }

    /// <summary>Adds the scenario with projects as binaries <paramref name="y"/>; costs weighted by <paramref name="weight"/>.</summary>
    public static FlowRows WithBinaries(Solver solver, FlowScenario scenario, Variable[] y, double weight) =>
        new FlowRows(solver, scenario, y, null).Build(weight);

    /// <summary>Adds the scenario with the projects in <paramref name="built"/> in service.</summary>
    public static FlowRows WithPortfolio(Solver solver, FlowScenario scenario, bool[] built, double weight) =>
        new FlowRows(solver, scenario, null, built).Build(weight);

    /// <summary>The scenario's cost, US$/yr, in the solved model (unweighted).</summary>
    public double Cost()
    {
        double cost = 0;
        for (var k = 0; k < _s.CommodityCount; k++)
        {
            // Only variables that exist carry cost: an arc without one may have cost +∞ (not allowed).
            for (var a = 0; a < _s.ArcCount; a++)
            {
                if (Flow[k][a] is { } x)
                    cost += x.SolutionValue() * EffectiveCost[k][a];
            }
            for (var n = 0; n < _s.NodeCount; n++)
            {
                if (Shipped[k][n] is { } s)
                    cost += s.SolutionValue() * _s.OriginCost[k][n];
                if (Unmet[k][n] is { } u)
                    cost += u.SolutionValue() * _s.PenaltyUsdPerTonne[k];
            }
        }
        foreach (var (_, saving, tonnes) in Savings)
            cost -= tonnes.SolutionValue() * saving;
        return cost;
    }

    /// <summary>Adds weight × every unmet-demand variable to <paramref name="objective"/> (maximising served demand).</summary>
    public void AddUnmetTerms(Objective objective, double weight)
    {
        foreach (var u in Unmet.SelectMany(row => row).OfType<Variable>())
            objective.SetCoefficient(u, objective.GetCoefficient(u) + weight);
    }

    /// <summary>Adds weight × every unmet-demand variable to <paramref name="row"/>.</summary>
    public void AddUnmetTerms(Constraint row, double weight)
    {
        foreach (var u in Unmet.SelectMany(r => r).OfType<Variable>())
            row.SetCoefficient(u, row.GetCoefficient(u) + weight);
    }

    /// <summary>Unmet demand, t/yr, by commodity, in the solved model.</summary>
    public double[] UnmetTonnes() =>
        Unmet.Select(row => row.Sum(v => v?.SolutionValue() ?? 0)).ToArray();

    private bool IsFixed => _y is null;

    private bool Available(int project) => project < 0 || !IsFixed || _built![project];

    private FlowRows Build(double weight)
    {
        var objective = _solver.Objective();
        var arcBound = ArcBounds();
        var conservation = new Dictionary<(int K, int N), Constraint>();
        Constraint Balance(int k, int n)
        {
            if (!conservation.TryGetValue((k, n), out var row))
            {
                // inflow − outflow + shipped + unmet = demand
                row = _solver.MakeConstraint(_s.Demand[k][n], _s.Demand[k][n], "");
                conservation[(k, n)] = row;
            }
            return row;
        }
        var supplyGains = _s.SupplyGains.Where(g => Available(g.Project)).ToLookup(g => g.Index);
        var variantsByArc = _s.Variants.Where(v => Available(v.Project) && Available(_s.ArcOwner[v.Arc])).ToLookup(v => (v.Arc, v.Commodity));

        for (var k = 0; k < _s.CommodityCount; k++)
        {
            var keep = UsefulArcs(k, supplyGains);
            Flow[k] = new Variable?[_s.ArcCount];
            EffectiveCost[k] = new double[_s.ArcCount];
            Shipped[k] = new Variable?[_s.NodeCount];
            Unmet[k] = new Variable?[_s.NodeCount];
            for (var a = 0; a < _s.ArcCount; a++)
            {
                if (!keep[a])
                    continue;
                var x = _solver.MakeNumVar(0, double.PositiveInfinity, "");
                Flow[k][a] = x;
                EffectiveCost[k][a] = _s.ArcCost[k][a];
                objective.SetCoefficient(x, weight * _s.ArcCost[k][a]);
                Balance(k, _s.ArcTail[a]).SetCoefficient(x, -1);
                Balance(k, _s.ArcHead[a]).SetCoefficient(x, 1);
                AddSavings(x, a, k, variantsByArc[(a, k)].ToArray(), Tonnes(arcBound[a], [_s.ArcUse(k, a)], _totalDemand[k]), weight);
            }
            for (var n = 0; n < _s.NodeCount; n++)
            {
                var slot = k * _s.NodeCount + n;
                var supply = _s.Supply[k][n];
                if (supply > 0 || supplyGains[slot].Any())
                {
                    var s = _solver.MakeNumVar(0, double.PositiveInfinity, "");
                    Shipped[k][n] = s;
                    objective.SetCoefficient(s, weight * _s.OriginCost[k][n]);
                    Balance(k, n).SetCoefficient(s, 1);
                    SupplyRows[slot] = CapacityRow([(s, 1.0)], supply, supplyGains[slot]);
                }
                if (_s.Demand[k][n] > 0)
                {
                    var u = _solver.MakeNumVar(0, _s.Demand[k][n], "");
                    Unmet[k][n] = u;
                    objective.SetCoefficient(u, weight * _s.PenaltyUsdPerTonne[k]);
                    Balance(k, n).SetCoefficient(u, 1);
                }
            }
        }
        AddArcCapacities(arcBound);
        AddNodeCapacities();
        return this;
    }

    // Capacity rows weigh each commodity's tonnes by the units of capacity it takes there (TEU, wagons);
    // the gates of new arcs and nodes bound tonnes, so they weigh every tonne as 1.
    private void AddArcCapacities(double[] arcBound)
    {
        var gains = _s.ArcGains.Where(g => Available(g.Project)).ToLookup(g => g.Index);
        for (var a = 0; a < _s.ArcCount; a++)
        {
            var used = Enumerable.Range(0, _s.CommodityCount).Where(k => Flow[k][a] is not null).ToArray();
            if (used.Length == 0)
                continue;
            if (double.IsFinite(_s.ArcCapacity[a]))
                ArcRows[a] = CapacityRow(used.Select(k => (Flow[k][a]!, _s.ArcUse(k, a))).ToList(), _s.ArcCapacity[a], gains[a]);
            if (_s.ArcOwner[a] >= 0 && !IsFixed)
                GateSum(used.Select(k => (Flow[k][a]!, 1.0)).ToList(), _s.ArcOwner[a], Tonnes(arcBound[a], used.Select(k => _s.ArcUse(k, a)), _allDemand));
        }
    }

    private void AddNodeCapacities()
    {
        var gains = _s.NodeGains.Where(g => Available(g.Project)).ToLookup(g => g.Index);
        var terms = new List<(Variable V, int K)>[_s.NodeCount];
        for (var n = 0; n < _s.NodeCount; n++)
            terms[n] = [];
        for (var k = 0; k < _s.CommodityCount; k++)
        {
            for (var a = 0; a < _s.ArcCount; a++)
            {
                if (Flow[k][a] is { } x)
                    terms[_s.ArcHead[a]].Add((x, k));
            }
            for (var n = 0; n < _s.NodeCount; n++)
            {
                if (Shipped[k][n] is { } s)
                    terms[n].Add((s, k));
            }
        }
        for (var n = 0; n < _s.NodeCount; n++)
        {
            if (terms[n].Count == 0)
                continue;
            var owner = _s.NodeOwner[n];
            var capacity = owner >= 0 && IsFixed && !_built![owner] ? 0 : _s.NodeCapacity[n];
            if (double.IsFinite(capacity))
                NodeRows[n] = CapacityRow(terms[n].Select(t => (t.V, _s.NodeUse(t.K, n))).ToList(), capacity, gains[n]);
            if (owner >= 0 && !IsFixed)
            {
                var units = _s.NodeCapacity[n] + gains[n].Sum(g => Math.Max(0, g.TonnesPerYear));
                GateSum(terms[n].Select(t => (t.V, 1.0)).ToList(), owner, Tonnes(units, terms[n].Select(t => _s.NodeUse(t.K, n)), _allDemand));
            }
        }
    }

    // The most tonnes a capacity of `units` lets through (the commodity taking the fewest units per tonne),
    // never more than `demand`; all of `demand` when unlimited.
    private static double Tonnes(double units, IEnumerable<double> uses, double demand) =>
        double.IsFinite(units) ? Math.Min(units / uses.DefaultIfEmpty(1).Min(), demand) : demand;

    // Σ terms ≤ capacity + Σ gains·y: with binaries the gains move left with a minus sign; with a fixed
    // portfolio they are constants (only available gains were passed in).
    private Constraint CapacityRow(List<(Variable V, double C)> terms, double capacity, IEnumerable<Gain> gains)
    {
        var rhs = capacity;
        var row = _solver.MakeConstraint(double.NegativeInfinity, 0, "");
        foreach (var (v, c) in terms)
            row.SetCoefficient(v, c);
        foreach (var g in gains)
        {
            if (IsFixed)
                rhs += g.TonnesPerYear;
            else
                row.SetCoefficient(_y![g.Project], row.GetCoefficient(_y[g.Project]) - g.TonnesPerYear);
        }
        row.SetUb(Math.Max(0, rhs));
        return row;
    }

    // Savings of different projects on one arc add up (faster customs at the head node and a faster
    // line are independent), but the net cost never falls below zero: Σ saving·claim ≤ cost·flow.
    // With binaries each claim is ≤ the flow and ≤ bound·y; the optimum claims all flow of a built
    // project. With a fixed portfolio the built savings simply lower the flow's cost.
    private void AddSavings(Variable x, int a, int k, ArcVariant[] variants, double bound, double weight)
    {
        if (variants.Length == 0)
            return;
        var baseCost = _s.ArcCost[k][a];
        if (IsFixed)
        {
            var net = Math.Max(0, baseCost - variants.Sum(v => baseCost - v.CostUsdPerTonne));
            EffectiveCost[k][a] = net;
            _solver.Objective().SetCoefficient(x, weight * net);
            return;
        }
        var cap = variants.Sum(v => baseCost - v.CostUsdPerTonne) > baseCost ? _solver.MakeConstraint(double.NegativeInfinity, 0, "") : null;
        cap?.SetCoefficient(x, -baseCost);
        foreach (var variant in variants)
        {
            var saving = baseCost - variant.CostUsdPerTonne;
            var w = _solver.MakeNumVar(0, double.PositiveInfinity, "");
            Savings.Add((variant, saving, w));
            _solver.Objective().SetCoefficient(w, -weight * saving);
            var le = _solver.MakeConstraint(double.NegativeInfinity, 0, "");
            le.SetCoefficient(w, 1);
            le.SetCoefficient(x, -1);
            var gate = _solver.MakeConstraint(double.NegativeInfinity, 0, "");
            gate.SetCoefficient(w, 1);
            gate.SetCoefficient(_y![variant.Project], -bound);
            cap?.SetCoefficient(w, saving);
        }
    }

    private void GateSum(List<(Variable V, double C)> terms, int project, double bound)
    {
        var row = _solver.MakeConstraint(double.NegativeInfinity, 0, "");
        foreach (var (v, c) in terms)
            row.SetCoefficient(v, c);
        row.SetCoefficient(_y![project], -bound);
    }

    // The most capacity an arc can ever have, in its unit: its capacity with every increment (+∞ when unlimited).
    private double[] ArcBounds()
    {
        var bound = new double[_s.ArcCount];
        for (var a = 0; a < _s.ArcCount; a++)
            bound[a] = double.IsFinite(_s.ArcCapacity[a]) ? _s.ArcCapacity[a] : double.PositiveInfinity;
        foreach (var g in _s.ArcGains)
            bound[g.Index] += Math.Max(0, g.TonnesPerYear);
        return bound;
    }

    // Arcs that lie on some path from a node that can supply commodity k to a node that demands it.
    private bool[] UsefulArcs(int k, ILookup<int, Gain> supplyGains)
    {
        var n = _s.NodeCount;
        var usable = new bool[_s.ArcCount];
        for (var a = 0; a < _s.ArcCount; a++)
        {
            usable[a] = double.IsFinite(_s.ArcCost[k][a]) && Available(_s.ArcOwner[a])
                && Available(_s.NodeOwner[_s.ArcTail[a]]) && Available(_s.NodeOwner[_s.ArcHead[a]]);
        }
        var forward = Reach(Enumerable.Range(0, n).Where(i => _s.Supply[k][i] > 0 || supplyGains[k * n + i].Any()), usable, true);
        var backward = Reach(Enumerable.Range(0, n).Where(i => _s.Demand[k][i] > 0), usable, false);
        var keep = new bool[_s.ArcCount];
        for (var a = 0; a < _s.ArcCount; a++)
            keep[a] = usable[a] && forward[_s.ArcTail[a]] && backward[_s.ArcHead[a]];
        return keep;
    }

    private bool[] Reach(IEnumerable<int> start, bool[] usable, bool forward)
    {
        var seen = new bool[_s.NodeCount];
        var queue = new Queue<int>();
        foreach (var s in start)
        {
            seen[s] = true;
            queue.Enqueue(s);
        }
        var adjacency = Enumerable.Range(0, _s.ArcCount).Where(a => usable[a])
            .ToLookup(a => forward ? _s.ArcTail[a] : _s.ArcHead[a], a => forward ? _s.ArcHead[a] : _s.ArcTail[a]);
        while (queue.Count > 0)
        {
            foreach (var next in adjacency[queue.Dequeue()])
            {
                if (!seen[next])
                {
                    seen[next] = true;
                    queue.Enqueue(next);
                }
            }
        }
        return seen;
    }
}
