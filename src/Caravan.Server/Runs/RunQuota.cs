using System.Collections.Concurrent;

namespace Caravan.Server.Runs;

/// <summary>
/// How many runs each key owner has queued or running in this process, so one user cannot fill the
/// shared queue: past <see cref="Limit"/> their next run is refused with 429 until one of theirs ends.
/// </summary>
public sealed class RunQuota(int limit)
{
    private readonly ConcurrentDictionary<string, int> _held = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Most runs one owner may have queued or running at once.</summary>
    public int Limit { get; } = Math.Max(1, limit);

    /// <summary>Runs <paramref name="owner"/> holds now.</summary>
    public int Held(string owner) => _held.GetValueOrDefault(owner);

    /// <summary>Takes a place for <paramref name="owner"/>; false when they already hold <see cref="Limit"/>.</summary>
    public bool TryTake(string owner)
    {
        lock (_lock)
        {
            var held = _held.GetValueOrDefault(owner);
            if (held >= Limit)
                return false;
            _held[owner] = held + 1;
            return true;
        }
    }

    /// <summary>Gives back a place <paramref name="owner"/> took.</summary>
    public void Release(string owner)
    {
        lock (_lock)
        {
            var held = _held.GetValueOrDefault(owner);
            if (held <= 1)
                _held.TryRemove(owner, out _);
            else
                _held[owner] = held - 1;
        }
    }
}
