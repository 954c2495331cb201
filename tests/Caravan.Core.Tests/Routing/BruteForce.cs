using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;

namespace Caravan.Core.Tests.Routing;

/// <summary>
/// The oracle: every simple path that meets the constraints and passes through no mine, plant or
/// customer, enumerated and priced by the cost model.
/// </summary>
internal static class BruteForce
{
    public static List<Route> Routes(CostModel model, RouteRequest request)
    {
        var net = model.Network;
        var origin = net.NodeIndex(request.From);
        var target = net.NodeIndex(request.To);
        var table = model.Table(request.Commodity);
        var k = request.Constraints;
        var result = new List<Route>();
        var visited = new bool[net.Nodes.Length];
        var path = new List<int>();
        visited[origin] = true;
        void Walk(int node)
        {
            if (node == target)
            {
                var route = RouteExplainer.Explain(model, table, origin, path, request.Tonnes);
                if (Meets(model, route, k))
                    result.Add(route);
                return;
            }
            if (node != origin && IsEndpointKind(net.Nodes[node].Kind))
                return;
            for (var a = net.FirstArc[node]; a < net.FirstArc[node + 1]; a++)
            {
                var head = net.ArcHead[a];
                if (visited[head] || !model.Allowed(a, request.Commodity, k))
                    continue;
                visited[head] = true;
                path.Add(a);
                Walk(head);
                path.RemoveAt(path.Count - 1);
                visited[head] = false;
            }
        }
        Walk(origin);
        return result;
    }

    /// <summary>Mines, plants and customers: where journeys start or end, never pass.</summary>
    public static bool IsEndpointKind(NodeKind kind) => kind is NodeKind.Mine or NodeKind.Plant or NodeKind.Customer;

    /// <summary>The nodes a route passes between its origin and its destination.</summary>
    public static IEnumerable<Node> Waypoints(TransportNetwork net, IReadOnlyList<int> arcs) =>
        arcs.Take(arcs.Count - 1).Select(a => net.Nodes[net.ArcHead[a]]);

    /// <summary>True when the route keeps the route-wide limits.</summary>
    public static bool Meets(CostModel model, Route route, RouteConstraints k) =>
        (k.MaxModeChanges is not { } m || route.Transfers.Count <= m)
        && (k.MaxDays is not { } d || route.Hours <= d * 24 + 1e-9);

    /// <summary>True when every arc of the route is allowed and the limits hold.</summary>
    public static bool Obeys(CostModel model, Route route, Commodity c, RouteConstraints k) =>
        route.Arcs.All(a => model.Allowed(a, c, k)) && Meets(model, route, k);

    public static bool Loopless(CostModel model, Route route)
    {
        var nodes = new List<int> { model.Network.NodeIndex(route.From) };
        nodes.AddRange(route.Arcs.Select(a => model.Network.ArcHead[a]));
        return nodes.Distinct().Count() == nodes.Count;
    }
}
