using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>
/// What a route must not do, set at query time. The commodity's own restrictions (forbidden modes,
/// licensed nodes only) apply on top, always. Country codes are ISO alpha-2; ids are dataset ids;
/// comparisons ignore case.
/// </summary>
public sealed record RouteConstraints
{
    /// <summary>No constraint beyond the commodity's own.</summary>
    public static RouteConstraints None { get; } = new();

    /// <summary>Countries no node or link of the route may be in or cross.</summary>
    public IReadOnlyList<string> AvoidCountries { get; init; } = [];

    /// <summary>Nodes the route may not pass.</summary>
    public IReadOnlyList<string> AvoidNodes { get; init; } = [];

    /// <summary>Links the route may not use.</summary>
    public IReadOnlyList<string> AvoidLinks { get; init; } = [];

    /// <summary>Modes the route may not use.</summary>
    public IReadOnlyList<Mode> AvoidModes { get; init; } = [];

    /// <summary>Chokepoints the route may not pass.</summary>
    public IReadOnlyList<string> AvoidChokepoints { get; init; } = [];

    /// <summary>Countries trade rules bar for this shipment (sanctions, transit permits, licences), each with its rule.</summary>
    public IReadOnlyList<Rules.RuleBarrier> RuleBarriers { get; init; } = [];

    /// <summary>Most changes of mode allowed along the route; null = any.</summary>
    public int? MaxModeChanges { get; init; }

    /// <summary>Most expected door-to-door days; null = any.</summary>
    public double? MaxDays { get; init; }

    /// <summary>
    /// The route must cross at least one of these countries (a node or link in it) or use at least
    /// one of <see cref="ViaModes"/>; both empty = no such requirement. Used to find the best route
    /// of a route family ("north via Russia").
    /// </summary>
    public IReadOnlyList<string> ViaCountries { get; init; } = [];

    /// <summary>See <see cref="ViaCountries"/>.</summary>
    public IReadOnlyList<Mode> ViaModes { get; init; } = [];

    /// <summary>True when a via requirement is set.</summary>
    public bool HasVia => ViaCountries.Count > 0 || ViaModes.Count > 0;

    /// <summary>True when the route-wide limits (mode changes, days) are set.</summary>
    public bool HasLimits => MaxModeChanges is not null || MaxDays is not null;

    /// <summary>Combines two sets of constraints: everything either avoids, the tighter limits, the via of <paramref name="other"/> if it has one.</summary>
    public RouteConstraints And(RouteConstraints other) => new()
    {
        AvoidCountries = Union(AvoidCountries, other.AvoidCountries),
        AvoidNodes = Union(AvoidNodes, other.AvoidNodes),
        AvoidLinks = Union(AvoidLinks, other.AvoidLinks),
        AvoidModes = AvoidModes.Union(other.AvoidModes).ToArray(),
        AvoidChokepoints = Union(AvoidChokepoints, other.AvoidChokepoints),
        RuleBarriers = RuleBarriers.Concat(other.RuleBarriers).DistinctBy(b => b.Country).ToArray(),
        MaxModeChanges = Min(MaxModeChanges, other.MaxModeChanges),
        MaxDays = Min(MaxDays, other.MaxDays),
        ViaCountries = other.HasVia ? other.ViaCountries : ViaCountries,
        ViaModes = other.HasVia ? other.ViaModes : ViaModes,
    };

    /// <summary>True when the node itself and its country are not avoided.</summary>
    public bool AllowsNode(Node node) => !Contains(AvoidNodes, node.Id) && !Contains(AvoidCountries, node.Country) && !Barred(node.Country);

    /// <summary>True when the link, its mode, countries and chokepoints are not avoided.</summary>
    public bool AllowsLink(Link link) =>
        !AvoidModes.Contains(link.Mode)
        && !Contains(AvoidLinks, link.Id)
        && !link.Countries.Any(c => Contains(AvoidCountries, c) || Barred(c))
        && !link.Chokepoints.Any(c => Contains(AvoidChokepoints, c));

    /// <summary>True when running this link between these nodes meets the via requirement.</summary>
    public bool MeetsVia(Link link, Node tail, Node head) =>
        ViaModes.Contains(link.Mode)
        || Contains(ViaCountries, tail.Country) || Contains(ViaCountries, head.Country)
        || link.Countries.Any(c => Contains(ViaCountries, c));

    /// <summary>A one-line description, e.g. "avoid countries RU, CN; max 3 mode changes".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (AvoidCountries.Count > 0) parts.Add($"avoid countries {string.Join(", ", AvoidCountries)}");
        if (AvoidNodes.Count > 0) parts.Add($"avoid nodes {string.Join(", ", AvoidNodes)}");
        if (AvoidLinks.Count > 0) parts.Add($"avoid links {string.Join(", ", AvoidLinks)}");
        if (AvoidModes.Count > 0) parts.Add($"avoid modes {string.Join(", ", AvoidModes.Select(SnakeCase.Name))}");
        if (AvoidChokepoints.Count > 0) parts.Add($"avoid chokepoints {string.Join(", ", AvoidChokepoints)}");
        if (RuleBarriers.Count > 0) parts.Add($"trade rules bar {string.Join(", ", RuleBarriers.Select(b => b.Country))}");
        if (MaxModeChanges is { } m) parts.Add($"max {m} mode changes");
        if (MaxDays is { } d) parts.Add($"max {d:0.#} days");
        if (HasVia) parts.Add($"via {string.Join(" or ", ViaCountries.Concat(ViaModes.Select(SnakeCase.Name)))}");
        return parts.Count == 0 ? "no constraints" : string.Join("; ", parts);
    }

    /// <summary>The rule that bars <paramref name="country"/>, or null.</summary>
    public Rules.TradeRule? BarredBy(string country)
    {
        foreach (var b in RuleBarriers)
        {
            if (string.Equals(b.Country, country, StringComparison.OrdinalIgnoreCase))
                return b.Rule;
        }
        return null;
    }

    private bool Barred(string country) => RuleBarriers.Count > 0 && BarredBy(country) is not null;

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static string[] Union(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Concat(b).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static T? Min<T>(T? a, T? b)
        where T : struct, IComparable<T> =>
        a is null ? b : b is null ? a : (a.Value.CompareTo(b.Value) <= 0 ? a : b);
}
