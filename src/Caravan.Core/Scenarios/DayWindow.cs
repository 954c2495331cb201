namespace Caravan.Core.Scenarios;

/// <summary>A span of days from the start of the planning horizon: closed from <see cref="StartDay"/> up to <see cref="EndDay"/>.</summary>
public sealed record DayWindow
{
    /// <summary>Creates a window; 0 ≤ start &lt; end.</summary>
    public DayWindow(double startDay, double endDay)
    {
        if (!(startDay >= 0) || !(endDay > startDay))
            throw new ArgumentOutOfRangeException(nameof(endDay), $"a window needs 0 <= startDay < endDay; got [{startDay}, {endDay}]");
        StartDay = startDay;
        EndDay = endDay;
    }

    /// <summary>First closed day (inclusive), days from the start of the horizon.</summary>
    public double StartDay { get; }

    /// <summary>End of the closure (exclusive), days from the start of the horizon.</summary>
    public double EndDay { get; }

    /// <summary>Length, days.</summary>
    public double Days => EndDay - StartDay;

    /// <summary>Days of this window that fall inside a period of <paramref name="periodDays"/> starting at day 0.</summary>
    public double OverlapDays(double periodDays) => Math.Max(0, Math.Min(EndDay, periodDays) - Math.Min(StartDay, periodDays));

    /// <summary>True when <paramref name="day"/> lies in the window.</summary>
    public bool Contains(double day) => day >= StartDay && day < EndDay;
}
