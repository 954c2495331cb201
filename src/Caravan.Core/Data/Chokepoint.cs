using Caravan.Core.Network;

namespace Caravan.Core.Data;

/// <summary>A strait or canal that sea links pass (Suez, Bosporus, Hormuz...).</summary>
public sealed record Chokepoint
{
    /// <summary>Slug (<c>suez</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Latitude, degrees.</summary>
    public required double Lat { get; init; }

    /// <summary>Longitude, degrees.</summary>
    public required double Lon { get; init; }

    /// <summary>Disruption events that close or block passage, where known.</summary>
    public Disruption? Disruption { get; init; }

    /// <summary>Free text.</summary>
    public string Notes { get; init; } = "";

    /// <summary>Open, disrupted or closed; a scenario's <c>chokepoint_state</c> edit changes it.</summary>
    public ChokepointState State { get; init; } = ChokepointState.Open;

    /// <summary>War-risk premium per transit, as a share of the cargo's value (0.01 = 1 %); routing and flows charge it.</summary>
    public double WarRiskPremium { get; init; }
}

/// <summary>The state of a chokepoint under a scenario.</summary>
public enum ChokepointState
{
    /// <summary>Ships pass as usual.</summary>
    Open,

    /// <summary>Ships pass at a war-risk premium (and whatever closure rate the chokepoint has).</summary>
    Disrupted,

    /// <summary>No ship passes: every link through it is removed.</summary>
    Closed,
}
