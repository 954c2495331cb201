using Caravan.Core.Network;

namespace Caravan.Core.Tracking;

/// <summary>A consignment's planned route compiled on the network: its nodes in order and the arc between each pair (dense indices).</summary>
public sealed record PlannedPath
{
    private PlannedPath(string[] nodeIds, int[] nodes, int[] arcs)
    {
        NodeIds = nodeIds;
        Nodes = nodes;
        Arcs = arcs;
    }

    /// <summary>Node ids in plan order.</summary>
    public IReadOnlyList<string> NodeIds { get; }

    /// <summary>Node indices in plan order.</summary>
    public IReadOnlyList<int> Nodes { get; }

    /// <summary>Arc i leaves node i for node i + 1.</summary>
    public IReadOnlyList<int> Arcs { get; }

    /// <summary>Where <paramref name="node"/> stands in the plan, or −1.</summary>
    public int IndexOf(string node) => Array.IndexOf((string[])NodeIds, node);

    /// <summary>
    /// Compiles node ids into a path; where two nodes are joined by several links, the fastest on
    /// average. Null with the reason when a
    /// node is unknown or two neighbours in the list are not linked.
    /// </summary>
    public static PlannedPath? Of(TransportNetwork network, IReadOnlyList<string> nodeIds, out string? problem)
    {
        problem = null;
        if (nodeIds.Count < 2)
        {
            problem = "a route has at least two nodes";
            return null;
        }
        var nodes = new int[nodeIds.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = network.NodeIndex(nodeIds[i]);
            if (nodes[i] < 0)
            {
                problem = $"route[{i}]: unknown node '{nodeIds[i]}'";
                return null;
            }
        }
        var arcs = new int[nodes.Length - 1];
        for (var i = 0; i < arcs.Length; i++)
        {
            var best = -1;
            for (var a = network.FirstArc[nodes[i]]; a < network.FirstArc[nodes[i] + 1]; a++)
            {
                if (network.ArcHead[a] != nodes[i + 1])
                    continue;
                if (best < 0 || network.Links[network.ArcLink[a]].TransitTimeHours.Mean < network.Links[network.ArcLink[best]].TransitTimeHours.Mean)
                    best = a;
            }
            if (best < 0)
            {
                problem = $"route[{i + 1}]: no link from '{nodeIds[i]}' to '{nodeIds[i + 1]}'";
                return null;
            }
            arcs[i] = best;
        }
        return new PlannedPath(nodeIds.ToArray(), nodes, arcs);
    }

    /// <summary>A path from arcs (a planner's route) starting at <paramref name="origin"/>.</summary>
    public static PlannedPath FromArcs(TransportNetwork network, int origin, IReadOnlyList<int> arcs)
    {
        var nodes = new int[arcs.Count + 1];
        nodes[0] = origin;
        for (var i = 0; i < arcs.Count; i++)
            nodes[i + 1] = network.ArcHead[arcs[i]];
        return new PlannedPath(nodes.Select(n => network.Nodes[n].Id).ToArray(), nodes, arcs.ToArray());
    }
}
