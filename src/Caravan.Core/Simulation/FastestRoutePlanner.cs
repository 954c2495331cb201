using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Simulation;

/// <summary>
/// Dijkstra on expected hours: node handling and dwell plus link transit and the mean wait for a
/// departure, respecting what the commodity may use. A stand-in for the routing engine's best route.
/// </summary>
public sealed class FastestRoutePlanner : IRoutePlanner
{
    private readonly TransportNetwork _network;
    private readonly double[] _nodeHours;
    private readonly double[] _arcHours;
    private readonly Func<int, Commodity, bool>? _arcForbidden;

    /// <summary>
    /// A planner over <paramref name="network"/> with expected hours per node and per arc;
    /// <paramref name="arcForbidden"/>, when given, rules out arcs for a commodity (a scenario's export ban).
    /// </summary>
    public FastestRoutePlanner(TransportNetwork network, double[] nodeHours, double[] arcHours, Func<int, Commodity, bool>? arcForbidden = null)
    {
        _network = network;
        _nodeHours = nodeHours;
        _arcHours = arcHours;
        _arcForbidden = arcForbidden;
    }

    /// <inheritdoc />
    public PlannedRoute? FindRoute(int fromNode, int toNode, Commodity commodity, bool[]? blockedNodes = null, bool[]? blockedLinks = null)
    {
        var net = _network;
        if (!commodity.MayPass(net.Nodes[fromNode]) || !commodity.MayPass(net.Nodes[toNode]))
            return null;
        var n = net.Nodes.Length;
        var distance = new double[n];
        var viaArc = new int[n];
        Array.Fill(distance, double.PositiveInfinity);
        Array.Fill(viaArc, -1);
        distance[fromNode] = _nodeHours[fromNode];
        var queue = new PriorityQueue<int, double>();
        queue.Enqueue(fromNode, distance[fromNode]);
        while (queue.TryDequeue(out var node, out var d))
        {
            if (d > distance[node])
                continue;
            if (node == toNode)
                break;
            for (var a = net.FirstArc[node]; a < net.FirstArc[node + 1]; a++)
            {
                var head = net.ArcHead[a];
                var link = net.ArcLink[a];
                if (blockedLinks?[link] == true || blockedNodes?[head] == true)
                    continue;
                if (!commodity.MayUse(net.Links[link].Mode) || !commodity.MayPass(net.Nodes[head]) || _arcForbidden?.Invoke(a, commodity) == true)
                    continue;
                var candidate = d + _arcHours[a] + _nodeHours[head];
                if (candidate < distance[head])
                {
                    distance[head] = candidate;
                    viaArc[head] = a;
                    queue.Enqueue(head, candidate);
                }
            }
        }
        if (double.IsPositiveInfinity(distance[toNode]))
            return null;
        var arcs = new List<int>();
        for (var v = toNode; v != fromNode; v = net.ArcTail[viaArc[v]])
            arcs.Add(viaArc[v]);
        arcs.Reverse();
        return new PlannedRoute(arcs.ToArray(), distance[toNode]);
    }
}
