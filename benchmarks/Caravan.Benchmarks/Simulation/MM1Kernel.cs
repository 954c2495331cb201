using Caravan.Core.Simulation;

namespace Caravan.Benchmarks.Simulation;

/// <summary>
/// M/M/1 on the bare event kernel, the same model as the SimPy peer script: Poisson arrivals at
/// rate 1, exponential service at rate 1.1, FIFO, one server; returns the mean wait.
/// </summary>
public sealed class MM1Kernel : IEventHandler
{
    private const int Arrival = 0;
    private const int Departure = 1;
    private readonly Scheduler _scheduler = new();
    private readonly Queue<double> _waiting = new();
    private Xoshiro256StarStar _arrivals = Xoshiro256StarStar.FromSeed(1);
    private Xoshiro256StarStar _services = Xoshiro256StarStar.FromSeed(2);
    private bool _busy;
    private int _toCreate;
    private long _served;
    private double _waitSum;

    public long Events => _scheduler.EventsHandled;

    public double Run(int customers, ulong seed = 1)
    {
        _scheduler.Reset();
        _waiting.Clear();
        var streams = new RandomStreams(seed);
        _arrivals = streams.Stream(0, 1);
        _services = streams.Stream(0, 2);
        _busy = false;
        _toCreate = customers;
        _served = 0;
        _waitSum = 0;
        _scheduler.After(_arrivals.NextExponential(1.0), this, Arrival);
        _scheduler.Run(double.MaxValue);
        return _waitSum / _served;
    }

    public void Handle(int kind, int payload)
    {
        var now = _scheduler.Now;
        if (kind == Arrival)
        {
            if (--_toCreate > 0)
                _scheduler.After(_arrivals.NextExponential(1.0), this, Arrival);
            if (_busy)
            {
                _waiting.Enqueue(now);
            }
            else
            {
                _busy = true;
                _served++;
                _scheduler.After(_services.NextExponential(1 / 1.1), this, Departure);
            }
            return;
        }
        if (_waiting.Count > 0)
        {
            _waitSum += now - _waiting.Dequeue();
            _served++;
            _scheduler.After(_services.NextExponential(1 / 1.1), this, Departure);
        }
        else
        {
            _busy = false;
        }
    }
}
