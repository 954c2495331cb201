using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;

namespace Caravan.Core.Tests.Simulation;

/// <summary>Tiny datasets for the simulator's checks against theory and hand computation.</summary>
internal static class QueueNetworks
{
    /// <summary>
    /// Supply → port → demand with 1-t lots arriving at <paramref name="lotsPerHour"/>: the port has
    /// <paramref name="servers"/> berths and exponential handling with mean <paramref name="meanServiceHours"/>.
    /// </summary>
    public static Dataset Port(int servers, double meanServiceHours, double lotsPerHour = 1.0) => new TinyDataset()
        .Node("S", kind: NodeKind.Mine)
        .Node("P", kind: NodeKind.Port, edit: n => n with { Servers = servers, HandlingTimeHours = new ExponentialDistribution(meanServiceHours) })
        .Node("D", kind: NodeKind.Customer)
        .Link("S", "P", hours: 1)
        .Link("P", "D", hours: 1)
        .Commodity("ore")
        .Supply("S", "ore", 8760 * lotsPerHour)
        .Demand("D", "ore", 8760 * lotsPerHour)
        .Build();

    /// <summary>
    /// Supply → (rail 5 h) → P → sea or ferry → Q → (rail 2 h) → demand, 1-t lots every 10 h on a
    /// fixed schedule; the crossing takes 20 h.
    /// </summary>
    public static Dataset Crossing(Mode mode, double departuresPerWeek, double capacityTonnesPerDay) => new TinyDataset()
        .Node("S", kind: NodeKind.Mine)
        .Node("P", kind: NodeKind.Port)
        .Node("Q", kind: NodeKind.Port)
        .Node("D", kind: NodeKind.Customer)
        .Link("S", "P", hours: 5)
        .Link("P", "Q", mode: mode, hours: 20, departuresPerWeek: departuresPerWeek, capacity: capacityTonnesPerDay)
        .Link("Q", "D", hours: 2)
        .Commodity("ore")
        .Supply("S", "ore", 876)
        .Demand("D", "ore", 876)
        .Build();
}
