using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Traffic;

namespace Caravan.Optimization.Investment;

/// <summary>
/// The corridors' background freight as the investment sees it: assigned once per scenario on the
/// dataset without any project (the freight that is there whatever we build), then laid onto the
/// superstructure network by link and node id. Elements only a project builds carry none of it.
/// Holding its loads fixed across portfolios keeps every portfolio priced against the same traffic:
/// a project that adds capacity to a full element gives the minerals exactly the room it adds, and
/// its queue at the same load is shorter (<see cref="Recongested"/>).
/// </summary>
public static class BackgroundTraffic
{
    /// <summary>
    /// The traffic of <paramref name="withoutProjects"/> on the arcs and nodes of <paramref name="super"/>
    /// (the same scenario applied to the superstructure).
    /// </summary>
    public static CorridorTraffic Onto(TransportNetwork super, AppliedScenario withoutProjects)
    {
        var traffic = withoutProjects.Traffic;
        var source = withoutProjects.Dataset.Network;
        var arcOf = new Dictionary<(string Link, string Tail), int>();
        for (var a = 0; a < source.ArcCount; a++)
            arcOf[(source.Links[source.ArcLink[a]].Id, source.Nodes[source.ArcTail[a]].Id)] = a;
        var arcLoad = new double[super.ArcCount];
        var arcDelay = new double[super.ArcCount];
        var arcValue = new double[super.ArcCount];
        for (var a = 0; a < super.ArcCount; a++)
        {
            if (!arcOf.TryGetValue((super.Links[super.ArcLink[a]].Id, super.Nodes[super.ArcTail[a]].Id), out var from))
                continue;
            arcLoad[a] = traffic.ArcLoad[from];
            arcDelay[a] = traffic.ArcDelayHours[from];
            arcValue[a] = traffic.ArcCongestionValue[from];
        }
        var nodeLoad = new double[super.Nodes.Length];
        var nodeDelay = new double[super.Nodes.Length];
        var nodeValue = new double[super.Nodes.Length];
        for (var v = 0; v < super.Nodes.Length; v++)
        {
            var from = source.NodeIndex(super.Nodes[v].Id);
            if (from < 0)
                continue;
            nodeLoad[v] = traffic.NodeLoad[from];
            nodeDelay[v] = traffic.NodeDelayHours[from];
            nodeValue[v] = traffic.NodeCongestionValue[from];
        }
        return traffic with
        {
            ArcLoad = arcLoad,
            ArcDelayHours = arcDelay,
            ArcCongestionValue = arcValue,
            NodeLoad = nodeLoad,
            NodeDelayHours = nodeDelay,
            NodeCongestionValue = nodeValue,
        };
    }

    /// <summary>
    /// <paramref name="held"/>'s loads on the elements of <paramref name="applied"/> (the same network
    /// with a project's edits): each element's congestion delay is its volume–delay function at its
    /// capacity there, evaluated at the held load, so a project that widens a congested element
    /// shortens its queue without the freight re-routing.
    /// </summary>
    public static CorridorTraffic Recongested(CorridorTraffic held, AppliedScenario applied)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(applied);
        if (applied.Dataset.Freight.Count == 0 || !applied.TrafficOptions.Enabled)
            return held;
        var freight = FreightNetwork.Build(applied, applied.TrafficOptions);
        var delays = freight.Problem.Network.Delay;
        var arcDelay = held.ArcDelayHours.ToArray();
        var nodeDelay = held.NodeDelayHours.ToArray();
        for (var a = 0; a < freight.Capacity.Length; a++)
        {
            var transportArc = freight.TransportArcOf[a];
            var node = freight.NodeOf[a];
            if ((transportArc < 0 && node < 0) || !double.IsFinite(freight.Capacity[a]))
                continue;
            var load = transportArc >= 0 ? held.ArcLoad[transportArc] : held.NodeLoad[node];
            var delay = Math.Max(0, delays[a].Time(load) - delays[a].Time(0));
            if (transportArc >= 0)
                arcDelay[transportArc] = delay;
            else
                nodeDelay[node] = delay;
        }
        return held with { ArcDelayHours = arcDelay, NodeDelayHours = nodeDelay };
    }
}
