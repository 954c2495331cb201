using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Risk;

/// <summary>
/// The network as one commodity may use it (modes it may take, ports and airports it may pass), with
/// reachability that can block extra nodes and links: the basis of corridor dependencies.
/// </summary>
internal sealed class CorridorGraph
{
    private readonly TransportNetwork _network;
    private readonly bool[] _nodeUsable;
    private readonly bool[] _linkUsable;

    public CorridorGraph(Dataset dataset, Commodity commodity)
    {
        _network = dataset.Network;
        _nodeUsable = _network.Nodes.Select(commodity.MayPass).ToArray();
        _linkUsable = _network.Links.Select(l => commodity.MayUse(l.Mode)).ToArray();
    }

    public TransportNetwork Network => _network;

    /// <summary>True when some origin reaches some destination without blocked nodes or links.</summary>
    public bool Connected(IReadOnlyList<int> origins, IReadOnlyList<int> destinations,
        Func<int, bool>? nodeBlocked = null, Func<int, bool>? linkBlocked = null)
    {
        var target = new bool[_network.Nodes.Length];
        foreach (var d in destinations)
            target[d] = true;
        var seen = new bool[_network.Nodes.Length];
        var queue = new Queue<int>();
        foreach (var o in origins)
        {
            if (!seen[o])
            {
                seen[o] = true;
                queue.Enqueue(o);
            }
        }
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            if (target[n])
                return true;
            for (var a = _network.FirstArc[n]; a < _network.FirstArc[n + 1]; a++)
            {
                var head = _network.ArcHead[a];
                var link = _network.ArcLink[a];
                if (seen[head] || !_linkUsable[link] || !_nodeUsable[head] || (linkBlocked?.Invoke(link) ?? false)
                    || (!target[head] && (nodeBlocked?.Invoke(head) ?? false)))
                    continue;
                seen[head] = true;
                queue.Enqueue(head);
            }
        }
        return false;
    }
}
