namespace Caravan.Questions.Flows;

/// <summary>
/// A flow question as text: the body of <c>POST /api/flows</c> and <c>/api/flows/compare</c>, and
/// the options of <c>caravan flow</c> and <c>caravan compare</c>. Lists are comma-separated.
/// </summary>
public sealed record FlowFields
{
    /// <summary>Scenarios to apply, in order, comma-separated (composed into one); default the dataset as it is. One flow only.</summary>
    public string? Scenario { get; init; }

    /// <summary>
    /// The scenario sets to compare, each solved separately against the same question (the first is the
    /// reference); an entry composes several with '+' (<c>russia-transit-closed+china-transit-closed</c>). Comparisons only.
    /// </summary>
    public IReadOnlyList<string>? Scenarios { get; init; }

    /// <summary>The period: <c>year</c> (default), <c>quarter</c>, <c>month</c> or a number of days.</summary>
    public string? Period { get; init; }

    /// <summary>First day of the period (0 = 1 January, 0–364): seasonal capacities and closures are taken over the period from it; default 0.</summary>
    public double? StartDay { get; init; }

    /// <summary>Commodities to plan (ids, names or minerals), comma-separated; default every commodity with supply and demand.</summary>
    public string? Commodity { get; init; }

    /// <summary>Only supply in these countries ships (ISO alpha-2), comma-separated; default all.</summary>
    public string? Origins { get; init; }

    /// <summary>
    /// <c>auto</c> (default: one commodity on the network simplex, or on cost scaling above 250,000 arcs;
    /// more as an LP), <c>network-simplex</c>, <c>cost-scaling</c> or <c>lp</c>.
    /// </summary>
    public string? Method { get; init; }

    /// <summary>LP backend: <c>auto</c> (default), <c>highs</c>, <c>glop</c>, <c>clp</c> or <c>pdlp</c>.</summary>
    public string? Backend { get; init; }

    /// <summary>Stop each solve after this many seconds and report the best flow found; at most the host's run-length limit.</summary>
    public double? TimeLimitSeconds { get; init; }
}
