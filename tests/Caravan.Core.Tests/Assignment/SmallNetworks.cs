using Caravan.Core.Assignment;

namespace Caravan.Core.Tests.Assignment;

/// <summary>Tiny networks with known answers, built inline.</summary>
internal static class SmallNetworks
{
    /// <summary>Zone 0 (node 0) to zone 1 (node 1) over two parallel arcs: arc 0 t = 10 + 0.1 v, arc 1 t = 15 + 0.075 v.</summary>
    public static AssignmentNetwork TwoLinks()
    {
        var builder = new AssignmentNetworkBuilder(2);
        builder.AddArc(0, 1, new LinearDelay(10, 0.1));
        builder.AddArc(0, 1, new LinearDelay(15, 0.075));
        builder.AddZone(0);
        builder.AddZone(1);
        return builder.Build();
    }

    /// <summary>
    /// Braess's network (Braess 1968, in the textbook numbers of e.g. Sheffi 1985): s=0, a=1, b=2, t=3;
    /// s→a 10v, a→t 50 + v, s→b 50 + v, b→t 10v, and (with the bridge) a→b 10 + v.
    /// </summary>
    public static AssignmentNetwork Braess(bool bridge)
    {
        var builder = new AssignmentNetworkBuilder(4);
        builder.AddArc(0, 1, new LinearDelay(0, 10));
        builder.AddArc(1, 3, new LinearDelay(50, 1));
        builder.AddArc(0, 2, new LinearDelay(50, 1));
        builder.AddArc(2, 3, new LinearDelay(0, 10));
        if (bridge)
            builder.AddArc(1, 2, new LinearDelay(10, 1));
        builder.AddZone(0);
        builder.AddZone(3);
        return builder.Build();
    }

    /// <summary>A one-pair demand between zones 0 and 1.</summary>
    public static DemandMatrix OnePair(double volume, int zones = 2) => new(zones, [(0, 1, volume)]);
}
