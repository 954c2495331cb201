namespace Caravan.Core.Simulation;

/// <summary>
/// The time integral of a step function (a queue length, busy servers) over an observation window
/// [start, end]: changes before the window move the level without counting, so a warm-up is excluded.
/// </summary>
public struct TimeAverage
{
    private double _level;
    private double _lastHours;

    /// <summary>Integral of the level over the window so far, level × hours.</summary>
    public double Area { get; private set; }

    /// <summary>Highest level seen inside the window.</summary>
    public double Max { get; private set; }

    /// <summary>Current level.</summary>
    public readonly double Level => _level;

    /// <summary>Moves the level by <paramref name="delta"/> at time <paramref name="now"/>; counts only from <paramref name="windowStart"/>.</summary>
    public void Change(double now, double delta, double windowStart)
    {
        Advance(now, windowStart);
        _level += delta;
        if (now >= windowStart && _level > Max)
            Max = _level;
    }

    /// <summary>Integrates the current level up to <paramref name="now"/>.</summary>
    public void Advance(double now, double windowStart)
    {
        var from = Math.Max(_lastHours, windowStart);
        if (now > from)
            Area += _level * (now - from);
        if (now > _lastHours)
            _lastHours = now;
        if (now >= windowStart && _level > Max)
            Max = _level;
    }
}
