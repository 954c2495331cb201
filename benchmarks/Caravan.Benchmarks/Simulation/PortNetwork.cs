using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;

namespace Caravan.Benchmarks.Simulation;

/// <summary>Supply → port with c servers and exponential handling → demand: the M/M/c check as a user dataset.</summary>
public static class PortNetwork
{
    public static Dataset Build(int servers, double meanServiceHours)
    {
        Node N(string id, NodeKind kind) => new() { Id = id, Name = id, Kind = kind, Country = "KZ", Lat = 45, Lon = 60 };
        Link L(string from, string to) => new()
        {
            Id = from + "-" + to,
            From = from,
            To = to,
            Mode = Mode.Rail,
            DistanceKm = 100,
            TransitTimeHours = new FixedDistribution(1),
            CostUsdPerTonne = 1,
            Countries = ["KZ"],
        };
        var port = N("P", NodeKind.Port) with { Servers = servers, HandlingTimeHours = new ExponentialDistribution(meanServiceHours) };
        return new Dataset(
            [N("S", NodeKind.Mine), port, N("D", NodeKind.Customer)],
            [L("S", "P"), L("P", "D")],
            [new Country { Code = "KZ", Name = "Kazakhstan" }],
            [new Commodity { Id = "ore", Name = "ore", HsCode = "0000", ValueUsdPerTonne = 1000 }],
            [new SupplyPoint("S", "ore", 8760)],
            [new DemandPoint("D", "ore", 8760)],
            [],
            "port");
    }
}
