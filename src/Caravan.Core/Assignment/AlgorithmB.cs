using System.Collections.Concurrent;
using System.Diagnostics;

namespace Caravan.Core.Assignment;

/// <summary>
/// Dial's Algorithm B (Transportation Research B 40(10), 2006), with the bush-update rule of Nie
/// (2010) and the inner-pass scheme of Boyles' tap-b. Each iteration: measure the gap, update every
/// bush's arcs (in parallel: each bush reads the same costs and writes only itself), then make up to
/// <see cref="InnerPasses"/> passes of Newton flow shifts over the bushes in a fixed order, skipping
/// bushes already close to equilibrium. Shifts run one bush at a time because every shift changes
/// the costs the next one sees; everything that runs in parallel is independent of how origins are
/// spread over threads, so the flows are identical for any thread count.
/// </summary>
internal sealed class AlgorithmB
{
    /// <summary>Passes of flow shifts per iteration (tap-b's default of 20).</summary>
    private const int InnerPasses = 20;

    /// <summary>A bush whose excess cost is below this share of the last gap waits for the next iteration (tap-b's 0.25).</summary>
    private const double SkipFraction = 0.25;

    private readonly AssignmentProblem _problem;
    private readonly AssignmentNetwork _network;
    private readonly AssignmentOptions _options;
    private readonly IProgress<AssignmentProgress>? _progress;
    private readonly CancellationToken _cancellation;
    private readonly ClassArcs[] _classes;
    private readonly ArcLoads _loads;
    private readonly int _threads;
    private readonly ConcurrentBag<Workspace> _workspaces = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Bush[] _bushes = [];
    private volatile int _stop; // 0 while running, else 1 + (int)AssignmentStatus: set by whichever thread sees the reason first

    public AlgorithmB(AssignmentProblem problem, AssignmentOptions options, IProgress<AssignmentProgress>? progress, CancellationToken cancellation)
    {
        _problem = problem;
        _network = problem.Network;
        _options = options;
        _progress = progress;
        _cancellation = cancellation;
        _classes = problem.Classes.Select((c, k) => new ClassArcs(_network, c, k)).ToArray();
        _loads = new ArcLoads(_network, options.Objective);
        _threads = Math.Max(1, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
    }

    public AssignmentResult Run()
    {
        var unreachable = CreateBushes();
        if (unreachable.Count > 0 && !_options.SkipUnreachableDemand)
            return Results.Infeasible(_problem, _options, unreachable, _clock.Elapsed);
        if (unreachable.Count > 0)
        {
            foreach (var travelClass in _classes)
                travelClass.Skip(unreachable);
            CreateBushes();
        }
        Resynchronise();
        var iteration = 0;
        var gap = MeasureGap();
        _progress?.Report(new AssignmentProgress(0, gap.Relative, _clock.Elapsed));
        AssignmentStatus status;
        while (true)
        {
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
            if (StopRequested())
            {
                status = (AssignmentStatus)(_stop - 1);
                break;
            }
            iteration++;
            ForEachBush((bush, work) => bush.Update(_network, _classes[bush.ClassIndex], _loads.Cost, work));
            Resynchronise(); // updates may have reloaded a bush to clear rounding traces
            if (_stop == 0)
                Equilibrate(SkipFraction * gap.Relative);
            Resynchronise();
            gap = MeasureGap();
            _progress?.Report(new AssignmentProgress(iteration, gap.Relative, _clock.Elapsed));
        }
        // The bushes go to the warm start as they are: this solve is over, and a later solve restores copies of them.
        var warmStart = new AssignmentWarmStart(_network.NodeCount, _network.ArcCount, _network.ZoneCount, _classes.Length, _bushes);
        var classFlow = _classes.Select(_ => new double[_network.ArcCount]).ToArray();
        foreach (var bush in _bushes)
            bush.AddFlowTo(classFlow[bush.ClassIndex]);
        return Results.Of(_problem, _options, status, gap, iteration, _clock.Elapsed, classFlow, _threads, warmStart) with { Unreachable = unreachable };
    }

    /// <summary>One bush per class and origin with demand, from the warm start where it has one, else from free-flow shortest paths.</summary>
    private List<UnreachableDemand> CreateBushes()
    {
        var saved = new Dictionary<(int, int), Bush>();
        if (_options.WarmStart is { } warm)
        {
            if (!warm.Fits(_problem))
                throw new ArgumentException("the warm start comes from a problem with other numbers of nodes, arcs, zones or classes");
            foreach (var b in warm.Bushes)
                saved[(b.ClassIndex, b.OriginZone)] = b;
        }
        var keys = new List<(int Class, int Zone)>();
        foreach (var c in _classes)
        {
            for (var z = 0; z < _network.ZoneCount; z++)
            {
                if (c.Demand.Destinations(z).Length > 0)
                    keys.Add((c.Index, z));
            }
        }
        var bushes = new Bush?[keys.Count];
        var missing = new List<UnreachableDemand>[keys.Count];
        ForEach(keys.Count, (index, work) =>
        {
            var (k, z) = keys[index];
            missing[index] = [];
            bushes[index] = saved.TryGetValue((k, z), out var old)
                ? Bush.Restore(old, _network, _classes[k], _loads.Cost, work, missing[index])
                : Bush.FromShortestPaths(_network, _classes[k], _loads.Cost, z, work, missing[index]);
        }, ignoreStop: true); // a stop takes effect after loading, so every outcome carries a feasible flow
        _bushes = bushes.Where(b => b is not null).ToArray()!;
        return missing.SelectMany(m => m).ToList();
    }

    /// <summary>Passes of Newton shifts over the bushes in order; a bush leaves the passes once it is near equilibrium or has nothing to shift.</summary>
    private void Equilibrate(double threshold)
    {
        var work = Rent();
        foreach (var bush in _bushes)
            bush.Active = true;
        for (var pass = 0; pass < InnerPasses; pass++)
        {
            var any = false;
            foreach (var bush in _bushes)
            {
                if (!bush.Active)
                    continue;
                if (StopRequested())
                {
                    _workspaces.Add(work);
                    return;
                }
                var travelClass = _classes[bush.ClassIndex];
                var (excess, shortest) = bush.Label(_network, travelClass, _loads.Cost, work);
                if (pass > 0 && excess <= threshold * shortest)
                {
                    bush.Active = false;
                }
                else if (bush.ShiftFlows(_network, travelClass, _loads, work) == 0)
                {
                    bush.Active = false;
                }
                else
                {
                    any = true;
                }
                bush.ClearPositions(work);
            }
            if (!any)
                break;
        }
        _workspaces.Add(work);
    }

    /// <summary>Arc flows summed afresh from the bushes (in bush order), so rounding from many small shifts never accumulates.</summary>
    private void Resynchronise()
    {
        Array.Clear(_loads.Flow);
        foreach (var bush in _bushes)
            bush.AddFlowTo(_loads.Flow);
        _loads.UpdateAll();
    }

    /// <summary>TSTT, SPTT and their relative gap at the current flows; origins in parallel, sums in bush order.</summary>
    private Gap MeasureGap()
    {
        var shortest = new double[_bushes.Length];
        var fixedTerm = new double[_bushes.Length];
        ForEach(_bushes.Length, (index, work) =>
        {
            var bush = _bushes[index];
            var travelClass = _classes[bush.ClassIndex];
            shortest[index] = bush.ShortestPathCost(_network, travelClass, _loads.Cost, work);
            fixedTerm[index] = bush.FixedCostTerm(travelClass);
        }, ignoreStop: true);
        var tstt = 0.0;
        for (var a = 0; a < _network.ArcCount; a++)
            tstt += _loads.Flow[a] * _loads.Cost[a];
        var sptt = 0.0;
        for (var b = 0; b < _bushes.Length; b++)
        {
            tstt += fixedTerm[b];
            sptt += shortest[b];
        }
        return new Gap(tstt, sptt);
    }

    private void ForEachBush(Action<Bush, Workspace> action) => ForEach(_bushes.Length, (index, work) => action(_bushes[index], work));

    /// <summary>Runs <paramref name="action"/> for 0..count-1 on up to <see cref="_threads"/> threads, each with its own workspace; stops early on cancellation or the time limit unless told not to.</summary>
    private void ForEach(int count, Action<int, Workspace> action, bool ignoreStop = false)
    {
        if (_threads == 1 || count < 2)
        {
            var work = Rent();
            for (var i = 0; i < count && (ignoreStop || !StopRequested()); i++)
                action(i, work);
            _workspaces.Add(work);
            return;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = _threads };
        Parallel.For(0, count, options, Rent, (i, state, work) =>
        {
            if (!ignoreStop && StopRequested())
                state.Stop();
            else
                action(i, work);
            return work;
        }, _workspaces.Add);
    }

    private Workspace Rent() => _workspaces.TryTake(out var work) ? work : new Workspace(_network.NodeCount, _network.ArcCount);

    private bool StopRequested()
    {
        if (_stop != 0)
            return true;
        if (_cancellation.IsCancellationRequested)
            _stop = 1 + (int)AssignmentStatus.Cancelled;
        else if (_options.TimeLimit is { } limit && _clock.Elapsed >= limit)
            _stop = 1 + (int)AssignmentStatus.TimeLimit;
        return _stop != 0;
    }
}
