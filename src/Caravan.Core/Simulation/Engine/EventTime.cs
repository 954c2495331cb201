namespace Caravan.Core.Simulation;

/// <summary>When an event happens, hours, and its scheduling sequence number, which breaks ties first-scheduled-first so runs are deterministic.</summary>
/// <param name="Hours">Simulated time, hours from the start.</param>
/// <param name="Sequence">Order of scheduling.</param>
public readonly record struct EventTime(double Hours, long Sequence) : IComparable<EventTime>
{
    /// <inheritdoc />
    public int CompareTo(EventTime other)
    {
        var c = Hours.CompareTo(other.Hours);
        return c != 0 ? c : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>Less than.</summary>
    public static bool operator <(EventTime left, EventTime right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(EventTime left, EventTime right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(EventTime left, EventTime right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(EventTime left, EventTime right) => left.CompareTo(right) >= 0;
}
