namespace Caravan.Core.Simulation;

/// <summary>
/// A supply point releasing lots, by a Poisson process or a fixed schedule, each to the demand whose
/// share of the lots so far lags its share of demand most (a deterministic, proportional split).
/// </summary>
internal sealed class LotSource : IEventHandler
{
    private readonly ReplicationContext _context;
    private readonly SourceSpec _spec;
    private readonly int _index;
    private readonly LotRouter _router;
    private readonly Xoshiro256StarStar _gaps;
    private readonly ArrivalProcess _process;
    private readonly long[] _sent;
    private readonly double _totalWeight;
    private long _released;

    public LotSource(ReplicationContext context, SourceSpec spec, int index, LotRouter router, Xoshiro256StarStar gaps, ArrivalProcess process)
    {
        _context = context;
        _spec = spec;
        _index = index;
        _router = router;
        _gaps = gaps;
        _process = process;
        _sent = new long[spec.Targets.Length];
        _totalWeight = spec.Targets.Sum(t => t.Weight);
    }

    public void Begin() =>
        _context.Scheduler.At(_process == ArrivalProcess.Fixed ? 0 : _gaps.NextExponential(_spec.IntervalHours), this);

    public void Handle(int kind, int payload)
    {
        var target = ChooseTarget();
        var t = _spec.Targets[target];
        var lot = _context.Lots.Add(new Lot
        {
            Source = _index,
            Od = t.Od,
            Demand = t.Demand,
            Tonnes = _spec.LotTonnes,
            CreatedHours = _context.Now,
            Route = t.Route.Arcs,
            Key = SplitMix64.Combine(_spec.Key, (ulong)_released),
        });
        _released++;
        _router.Start(lot);
        var gap = _process == ArrivalProcess.Fixed ? _spec.IntervalHours : _gaps.NextExponential(_spec.IntervalHours);
        _context.Scheduler.After(gap, this);
    }

    private int ChooseTarget()
    {
        var best = 0;
        var bestLag = double.NegativeInfinity;
        for (var i = 0; i < _sent.Length; i++)
        {
            var lag = _spec.Targets[i].Weight / _totalWeight * (_released + 1) - _sent[i];
            if (lag > bestLag)
            {
                bestLag = lag;
                best = i;
            }
        }
        _sent[best]++;
        return best;
    }
}
