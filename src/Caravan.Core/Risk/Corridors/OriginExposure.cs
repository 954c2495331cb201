namespace Caravan.Core.Risk;

/// <summary>How an origin's supply reaches the importer.</summary>
public enum OriginStatus
{
    /// <summary>The origin is the importer itself.</summary>
    Domestic,

    /// <summary>At least one feasible route exists.</summary>
    Connected,

    /// <summary>The network has supply and demand nodes but no feasible route between them.</summary>
    NoRoute,

    /// <summary>The network has no supply node of the mineral in the origin (or no demand node in the importer).</summary>
    NotInNetwork,

    /// <summary>Supply whose origin the source does not itemise.</summary>
    Unattributed,
}

/// <summary>One origin's corridor exposure and its combined score.</summary>
/// <param name="Origin">Origin country code.</param>
/// <param name="Share">Its share of the importer's supply, 0–1.</param>
/// <param name="Status">Whether and how it reaches the importer.</param>
/// <param name="CountryDependencies">Transit countries every feasible route crosses.</param>
/// <param name="ChokepointDependencies">Chokepoints every feasible route passes.</param>
/// <param name="Route">Risk of the best route, when connected.</param>
/// <param name="GovernanceRisk">Origin governance × trade parameter on 0–1 (WGI 0–10 / 10, capped at 1); null = no WGI.</param>
/// <param name="Combined">Combined 0–10 score <c>10 · [1 − (1 − governance)(1 − route)]</c>; null = no data.</param>
/// <param name="Drivers">The inputs behind the score, in words.</param>
public sealed record OriginExposure(
    string Origin, double Share, OriginStatus Status, IReadOnlyList<string> CountryDependencies, IReadOnlyList<string> ChokepointDependencies,
    RouteRisk? Route, double? GovernanceRisk, double? Combined, IReadOnlyList<string> Drivers);
