namespace Caravan.Core.Simulation;

/// <summary>
/// The closed periods of one resource in one replication, merged and sorted, hours. Queries move
/// forward in time with the simulation, so a cursor makes each one O(1) amortised.
/// </summary>
internal sealed class ClosureCalendar
{
    public static readonly ClosureCalendar AlwaysOpen = new([]);

    private readonly (double Start, double End)[] _windows;
    private int _cursor;

    public ClosureCalendar(IEnumerable<(double Start, double End)> windows)
    {
        var merged = new List<(double Start, double End)>();
        foreach (var w in windows.Where(w => w.End > w.Start).OrderBy(w => w.Start).ThenBy(w => w.End))
        {
            if (merged.Count > 0 && w.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, w.End));
            else
                merged.Add(w);
        }
        _windows = merged.ToArray();
    }

    public IReadOnlyList<(double Start, double End)> Windows => _windows;

    public bool IsEmpty => _windows.Length == 0;

    /// <summary>The first time at or after <paramref name="hours"/> when the resource is open.</summary>
    public double OpenAt(double hours)
    {
        if (_windows.Length == 0)
            return hours;
        if (_cursor > 0 && _windows[_cursor - 1].End > hours)
            _cursor = 0;
        while (_cursor < _windows.Length && _windows[_cursor].End <= hours)
            _cursor++;
        return _cursor < _windows.Length && _windows[_cursor].Start <= hours ? _windows[_cursor].End : hours;
    }
}
