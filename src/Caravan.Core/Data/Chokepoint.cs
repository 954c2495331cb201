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
}
