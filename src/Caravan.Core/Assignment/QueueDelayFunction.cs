namespace Caravan.Core.Assignment;

/// <summary>
/// Akçelik's time-dependent queueing delay (Akçelik 1991, "Travel time functions for transport
/// planning purposes: Davidson's function, its time-dependent form and an alternative travel time
/// function", Australian Road Research 21(3)) for elements that serve arrivals one at a time — a
/// ferry berth, a port's quay, a border's inspection tracks:
/// <code>t(v) = t0 + ¼ T [ (x − 1) + √((x − 1)² + 8 J x / (Q T)) ],   x = v / C</code>
/// with T the period over which demand persists (h), Q the capacity in arrivals (trains, vessel
/// calls) per hour and J the delay parameter. Below capacity and for a long period it tends to the
/// steady-state queue J·x / (Q (1 − x)) — with J = ½ the Pollaczek–Khinchine wait of an M/D/1 queue —
/// and above capacity it grows by ½ T per unit of x instead of blowing up: the backlog that builds
/// over the period. Continuous, increasing and convex for 8 J / (Q T) ≤ 4, so it keeps the
/// equilibrium unique.
/// </summary>
public sealed class QueueDelayFunction : VolumeDelayFunction
{
    private readonly double _k; // 8 J / (Q T), dimensionless, clamped to ≤ 4 for convexity
    private readonly double _quarterPeriod; // T / 4

    /// <summary>Creates the function.</summary>
    /// <param name="freeFlowTime">t0: the time at no load (h).</param>
    /// <param name="capacity">C: capacity in the network's flow unit (per day).</param>
    /// <param name="arrivalsPerHourAtCapacity">Q: arrivals an hour the element serves at capacity (trains, vessel calls).</param>
    /// <param name="periodHours">T: the length of the period (h).</param>
    /// <param name="delayParameter">J: ½ for deterministic service, 1 for exponential.</param>
    public QueueDelayFunction(double freeFlowTime, double capacity, double arrivalsPerHourAtCapacity, double periodHours, double delayParameter)
    {
        if (!double.IsFinite(freeFlowTime) || freeFlowTime < 0)
            throw new ArgumentOutOfRangeException(nameof(freeFlowTime), freeFlowTime, "free-flow time must be finite and non-negative");
        if (!(capacity > 0) || !double.IsFinite(capacity))
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be positive and finite");
        if (!(arrivalsPerHourAtCapacity > 0) || !double.IsFinite(arrivalsPerHourAtCapacity))
            throw new ArgumentOutOfRangeException(nameof(arrivalsPerHourAtCapacity), arrivalsPerHourAtCapacity, "arrivals per hour must be positive and finite");
        if (!(periodHours > 0) || !double.IsFinite(periodHours))
            throw new ArgumentOutOfRangeException(nameof(periodHours), periodHours, "the period must be positive and finite");
        if (!(delayParameter > 0) || !double.IsFinite(delayParameter))
            throw new ArgumentOutOfRangeException(nameof(delayParameter), delayParameter, "the delay parameter must be positive and finite");
        FreeFlowTime = freeFlowTime;
        Capacity = capacity;
        _k = Math.Min(4, 8 * delayParameter / (arrivalsPerHourAtCapacity * periodHours));
        _quarterPeriod = periodHours / 4;
    }

    /// <summary>t0, hours.</summary>
    public double FreeFlowTime { get; }

    /// <summary>C, in the network's flow unit per day.</summary>
    public double Capacity { get; }

    /// <summary>The queueing delay alone at <paramref name="volume"/>, hours.</summary>
    public double Delay(double volume) => _quarterPeriod * Shape(Math.Max(0, volume) / Capacity);

    /// <inheritdoc />
    public override double Time(double volume) => FreeFlowTime + Delay(volume);

    /// <inheritdoc />
    public override double Derivative(double volume)
    {
        var x = Math.Max(0, volume) / Capacity;
        var root = Root(x);
        return _quarterPeriod / Capacity * (1 + (x - 1 + _k / 2) / root);
    }

    /// <inheritdoc />
    public override double SecondDerivative(double volume)
    {
        var x = Math.Max(0, volume) / Capacity;
        var root = Root(x);
        // d²/dx² √((x−1)² + kx) = k (1 − k/4) / root³
        return _quarterPeriod / (Capacity * Capacity) * _k * (1 - _k / 4) / (root * root * root);
    }

    /// <inheritdoc />
    public override double Integral(double volume)
    {
        var x = Math.Max(0, volume) / Capacity;
        return FreeFlowTime * volume + _quarterPeriod * Capacity * (ShapeIntegral(x) - ShapeIntegral(0));
    }

    private double Shape(double x) => x - 1 + Root(x);

    // √((x − 1)² + k x) = √(w² + c) with w = x + (k − 2)/2 and c = k (4 − k)/4 ≥ 0; never below √c.
    private double Root(double x) => Math.Sqrt(Math.Max((x - 1) * (x - 1) + _k * x, 1e-300));

    // ∫ [(x − 1) + √(w² + c)] dx = x²/2 − x + ½ [w √(w² + c) + c ln(w + √(w² + c))]
    private double ShapeIntegral(double x)
    {
        var w = x + (_k - 2) / 2;
        var c = _k * (4 - _k) / 4;
        var root = Root(x);
        var log = c > 0 ? c * Math.Log(Math.Max(w + root, 1e-300)) : 0;
        return x * x / 2 - x + (w * root + log) / 2;
    }
}
