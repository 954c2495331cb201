namespace Caravan.Core.Tracking;

/// <summary>The alerts raised so far; each consignment, kind and subject is raised once.</summary>
public sealed class AlertLog
{
    private readonly HashSet<(string, AlertKind, string)> _seen = [];
    private readonly List<Alert> _raised = [];

    /// <summary>Every alert raised, in order.</summary>
    public IReadOnlyList<Alert> Raised => _raised;

    /// <summary>Puts back an alert raised earlier, so it is not raised again.</summary>
    public void Restore(Alert alert)
    {
        if (_seen.Add((alert.Consignment, alert.Kind, alert.Subject)))
            _raised.Add(alert);
    }

    /// <summary>Raises those of <paramref name="candidates"/> not raised before; returns them.</summary>
    public IReadOnlyList<Alert> Raise(IEnumerable<Alert> candidates)
    {
        var fresh = candidates.Where(a => _seen.Add((a.Consignment, a.Kind, a.Subject))).ToArray();
        _raised.AddRange(fresh);
        return fresh;
    }
}
