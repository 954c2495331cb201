namespace Caravan.Server.Contracts;

/// <summary>
/// A flow question (the options of <c>caravan flow</c> and <c>caravan compare</c>): split supply
/// across corridors at least cost over a period, under scenarios.
/// </summary>
public sealed record FlowRequest
{
    /// <summary>Scenarios to apply, in order, comma-separated (composed into one); default baseline. <c>POST /api/flows</c> only.</summary>
    public string? Scenario { get; init; }

    /// <summary>
    /// The scenarios to compare, each run separately against the same question (the first is the
    /// reference); an entry may compose several with '+' (<c>russia-transit-closed+china-transit-closed</c>).
    /// <c>POST /api/flows/compare</c> only; at least two.
    /// </summary>
    public IReadOnlyList<string>? Scenarios { get; init; }

    /// <summary>The period: <c>year</c> (default), <c>quarter</c>, <c>month</c> or a number of days.</summary>
    public string? Period { get; init; }

    /// <summary>First day of the period (0 = 1 January, 0–364), as <c>caravan flow --start-day</c>: seasonal capacities and closures are taken over the period from it; default 0.</summary>
    public double? StartDay { get; init; }

    /// <summary>Commodities to plan (ids or names), comma-separated; default every commodity with supply and demand.</summary>
    public string? Commodity { get; init; }

    /// <summary>Only supply in these countries ships (ISO alpha-2), comma-separated; default all.</summary>
    public string? Origins { get; init; }

    /// <summary>
    /// <c>auto</c> (default: one commodity on the network simplex, or on cost scaling above 250,000
    /// arcs; more as an LP), <c>network-simplex</c>, <c>cost-scaling</c> or <c>lp</c>, as <c>caravan flow --method</c>.
    /// </summary>
    public string? Method { get; init; }

    /// <summary>Stop each LP after this many seconds and report the best flow found; default and most: the run-length limit.</summary>
    public double? TimeLimitSeconds { get; init; }
}
