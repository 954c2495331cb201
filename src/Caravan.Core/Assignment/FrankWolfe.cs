using System.Diagnostics;

namespace Caravan.Core.Assignment;

/// <summary>
/// The Frank–Wolfe algorithm (LeBlanc, Morlok and Pierskalla 1975): all-or-nothing loading at
/// current costs gives a direction, a bisection line search on the objective a step. A baseline
/// and a check on Algorithm B only: it slows to a crawl near equilibrium. Serial and deterministic.
/// </summary>
internal sealed class FrankWolfe
{
    private const int LineSearchSteps = 40;

    private readonly AssignmentProblem _problem;
    private readonly AssignmentNetwork _network;
    private readonly AssignmentOptions _options;
    private readonly IProgress<AssignmentProgress>? _progress;
    private readonly CancellationToken _cancellation;
    private readonly ClassArcs[] _classes;
    private readonly ArcLoads _loads;
    private readonly Workspace _work;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public FrankWolfe(AssignmentProblem problem, AssignmentOptions options, IProgress<AssignmentProgress>? progress, CancellationToken cancellation)
    {
        _problem = problem;
        _network = problem.Network;
        _options = options;
        _progress = progress;
        _cancellation = cancellation;
        _classes = problem.Classes.Select((c, k) => new ClassArcs(_network, c, k)).ToArray();
        _loads = new ArcLoads(_network, options.Objective);
        _work = new Workspace(_network.NodeCount, _network.ArcCount);
    }

    public AssignmentResult Run()
    {
        var m = _network.ArcCount;
        var x = _classes.Select(_ => new double[m]).ToArray();
        var y = _classes.Select(_ => new double[m]).ToArray();
        var unreachable = new List<UnreachableDemand>();
        AllOrNothing(y, unreachable);
        if (unreachable.Count > 0 && !_options.SkipUnreachableDemand)
            return Results.Infeasible(_problem, _options, unreachable, _clock.Elapsed);
        foreach (var travelClass in _classes)
            travelClass.Skip(unreachable);
        for (var k = 0; k < x.Length; k++)
            Array.Copy(y[k], x[k], m);
        SetTotals(x);
        var iteration = 0;
        AssignmentStatus status;
        Gap gap;
        while (true)
        {
            var sptt = AllOrNothing(y, []);
            gap = new Gap(Tstt(x), sptt);
            _progress?.Report(new AssignmentProgress(iteration, gap.Relative, _clock.Elapsed));
            if (gap.Relative <= _options.RelativeGap)
            {
                status = AssignmentStatus.Converged;
                break;
            }
            if (iteration >= _options.MaxIterations)
            {
                status = AssignmentStatus.IterationLimit;
                break;
            }
            if (_cancellation.IsCancellationRequested)
            {
                status = AssignmentStatus.Cancelled;
                break;
            }
            if (_options.TimeLimit is { } limit && _clock.Elapsed >= limit)
            {
                status = AssignmentStatus.TimeLimit;
                break;
            }
            iteration++;
            var step = LineSearch(x, y);
            for (var k = 0; k < x.Length; k++)
            {
                for (var a = 0; a < m; a++)
                    x[k][a] += step * (y[k][a] - x[k][a]);
            }
            SetTotals(x);
        }
        return Results.Of(_problem, _options, status, gap, iteration, _clock.Elapsed, x, 1, null) with { Unreachable = unreachable };
    }

    /// <summary>Loads every class's demand on shortest paths at current costs into <paramref name="target"/>; returns SPTT.</summary>
    private double AllOrNothing(double[][] target, List<UnreachableDemand> unreachable)
    {
        var sptt = 0.0;
        var nodeFlow = _work.NodeFlow;
        foreach (var travelClass in _classes)
        {
            var flow = target[travelClass.Index];
            Array.Clear(flow);
            for (var z = 0; z < _network.ZoneCount; z++)
            {
                var destinations = travelClass.Demand.Destinations(z);
                if (destinations.Length == 0)
                    continue;
                var volumes = travelClass.Demand.Volumes(z);
                var reached = ShortestPathTree.Grow(_network, travelClass, _loads.Cost, _network.ZoneNodes[z], _work);
                for (var k = 0; k < destinations.Length; k++)
                {
                    var node = _network.ZoneNodes[destinations[k]];
                    if (double.IsPositiveInfinity(_work.Min[node]))
                    {
                        unreachable.Add(new UnreachableDemand(travelClass.Index, z, destinations[k], volumes[k]));
                        continue;
                    }
                    nodeFlow[node] += volumes[k];
                    sptt += volumes[k] * _work.Min[node];
                }
                for (var p = reached - 1; p > 0; p--)
                {
                    var j = _work.Queue[p];
                    var through = nodeFlow[j];
                    if (through == 0)
                        continue;
                    nodeFlow[j] = 0;
                    var a = _work.MinSlot[j];
                    flow[a] += through;
                    nodeFlow[_network.ArcTail[a]] += through;
                }
                nodeFlow[_network.ZoneNodes[z]] = 0;
            }
        }
        return sptt;
    }

    /// <summary>The step λ in [0, 1] that minimises the objective from <paramref name="x"/> towards <paramref name="y"/>, by bisection on its derivative.</summary>
    private double LineSearch(double[][] x, double[][] y)
    {
        var m = _network.ArcCount;
        var direction = new double[m];
        var fixedSlope = 0.0;
        foreach (var travelClass in _classes)
        {
            var xk = x[travelClass.Index];
            var yk = y[travelClass.Index];
            for (var a = 0; a < m; a++)
            {
                direction[a] += yk[a] - xk[a];
                fixedSlope += (yk[a] - xk[a]) * travelClass.Fixed[a];
            }
        }
        double Slope(double step)
        {
            var sum = fixedSlope;
            for (var a = 0; a < m; a++)
            {
                if (direction[a] != 0)
                    sum += direction[a] * _loads.CostAt(a, _loads.Flow[a] + step * direction[a]);
            }
            return sum;
        }
        if (Slope(1) <= 0)
            return 1;
        double low = 0, high = 1;
        for (var i = 0; i < LineSearchSteps; i++)
        {
            var middle = 0.5 * (low + high);
            if (Slope(middle) > 0)
                high = middle;
            else
                low = middle;
        }
        return 0.5 * (low + high);
    }

    private void SetTotals(double[][] x)
    {
        Array.Clear(_loads.Flow);
        foreach (var perClass in x)
        {
            for (var a = 0; a < perClass.Length; a++)
                _loads.Flow[a] += perClass[a];
        }
        _loads.UpdateAll();
    }

    private double Tstt(double[][] x)
    {
        var tstt = 0.0;
        for (var a = 0; a < _network.ArcCount; a++)
            tstt += _loads.Flow[a] * _loads.Cost[a];
        foreach (var travelClass in _classes)
        {
            for (var a = 0; a < _network.ArcCount; a++)
                tstt += x[travelClass.Index][a] * travelClass.Fixed[a];
        }
        return tstt;
    }
}
