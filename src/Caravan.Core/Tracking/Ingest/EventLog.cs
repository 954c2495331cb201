using Caravan.Core.Data;

namespace Caravan.Core.Tracking;

/// <summary>
/// The events taken in, by id, in the order they came: each read document's events are checked for
/// what needs the network and the clock — an actual event may not be in the future, its place must
/// be on the network with the right function — then stored unless their id is already there. An
/// EPCIS error declaration marks the earlier event with its id as retracted and is kept itself.
/// </summary>
public sealed class EventLog(LocationMatcher locations, TimeProvider clock)
{
    /// <summary>How far past the clock an actual event may be stamped before it counts as in the future (clock skew).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, TrackingEvent> _byId = new(StringComparer.Ordinal);
    private readonly List<TrackingEvent> _events = [];
    private readonly HashSet<string> _retracted = new(StringComparer.Ordinal);

    /// <summary>Events stored, in arrival order, retractions included.</summary>
    public IReadOnlyList<TrackingEvent> Events => _events;

    /// <summary>Ids withdrawn by an error declaration.</summary>
    public IReadOnlySet<string> Retracted => _retracted;

    /// <summary>Events that stand: not retracted, not declarations themselves.</summary>
    public IEnumerable<TrackingEvent> Standing => _events.Where(e => !e.Retraction && !_retracted.Contains(e.EventId));

    /// <summary>Puts back an event stored earlier (it passed every check then): no check, a duplicate id is ignored.</summary>
    public void Restore(TrackingEvent e)
    {
        if (!_byId.TryAdd(e.Retraction ? "retraction:" + e.EventId : e.EventId, e))
            return;
        _events.Add(e);
        if (e.Retraction)
            _retracted.Add(e.EventId);
    }

    /// <summary>Takes in what a reader made of <paramref name="file"/>.</summary>
    public IngestResult Ingest(EventReadResult read, string file, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>(read.Problems);
        var rejected = read.Rejected;
        int accepted = 0, duplicates = 0, retracted = 0;
        var now = clock.GetUtcNow();
        foreach (var e in read.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (e.Classifier == EventClassifier.Actual && e.Time > now + FutureTolerance)
            {
                problems.Add(new Problem(file, 0, 0, $"{e.Source}: an actual event at {e.Time:O} is in the future (now {now:O})"));
                rejected++;
                continue;
            }
            var node = locations.Match(e, out var wrongPlace);
            if (wrongPlace is not null)
            {
                problems.Add(new Problem(file, 0, 0, $"{e.Source}: {wrongPlace}"));
                rejected++;
                continue;
            }
            var located = node is null ? e : e with { Node = node };
            if (e.Retraction)
            {
                // The declaration restates the erroneous event under the same id.
                var key = "retraction:" + e.EventId;
                if (_byId.ContainsKey(key))
                {
                    duplicates++;
                    continue;
                }
                _byId[key] = located;
                _events.Add(located);
                if (_retracted.Add(e.EventId) && _byId.ContainsKey(e.EventId))
                    retracted++;
                accepted++;
                continue;
            }
            if (!_byId.TryAdd(e.EventId, located))
            {
                duplicates++;
                continue;
            }
            _events.Add(located);
            accepted++;
        }
        return new IngestResult(accepted, rejected, duplicates, retracted, problems);
    }
}
