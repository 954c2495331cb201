using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Tracking;

/// <summary>
/// Puts an event on the network: by UN/LOCODE (node ids are LOCODEs where one exists), then by the
/// alias table (an SGLN, a facility code, another LOCODE → node id), then by the nearest node within
/// <see cref="SnapKm"/> of the event's coordinates; a location given as a Caravan node id (a plant
/// without a LOCODE) is that node. A LOCODE on the network must suit the event's mode:
/// a vessel call at a node without a sea or ferry link, a train at one without rail, is refused.
/// </summary>
public sealed class LocationMatcher(Dataset dataset, IReadOnlyDictionary<string, string>? aliases = null)
{
    /// <summary>Farthest an event's coordinates may be from the node it is snapped to, km.</summary>
    public const double SnapKm = 25;

    private readonly IReadOnlyDictionary<string, string> _aliases = aliases ?? new Dictionary<string, string>();

    /// <summary>The node of <paramref name="e"/> (null when off the network), or why its location is wrong.</summary>
    public string? Match(TrackingEvent e, out string? problem)
    {
        problem = null;
        var network = dataset.Network;
        if (e.Locode is { } locode)
        {
            var index = network.NodeIndex(locode);
            if (index >= 0)
            {
                problem = WrongFunction(index, e.Mode);
                return problem is null ? locode : null;
            }
            if (_aliases.TryGetValue(locode, out var aliased) && network.NodeIndex(aliased) >= 0)
                return aliased;
        }
        if (e.Location is { } location)
        {
            if (_aliases.TryGetValue(location, out var node) && network.NodeIndex(node) >= 0)
                return node;
            // A Caravan node id (a plant, a mine: places without a LOCODE) names itself.
            if (network.NodeIndex(location) >= 0)
                return location;
        }
        if (e.Coordinates is { } c)
        {
            var nearest = network.Nodes.MinBy(n => GreatCircle.Km(c.Lat, c.Lon, n.Lat, n.Lon));
            if (nearest is not null && GreatCircle.Km(c.Lat, c.Lon, nearest.Lat, nearest.Lon) <= SnapKm)
                return nearest.Id;
        }
        return null;
    }

    private string? WrongFunction(int node, Mode? mode)
    {
        if (mode is not { } m)
            return null;
        var network = dataset.Network;
        bool Serves(Mode linkMode) => m == Mode.Sea ? linkMode is Mode.Sea or Mode.Ferry : linkMode == m;
        for (var a = network.FirstArc[node]; a < network.FirstArc[node + 1]; a++)
        {
            if (Serves(network.Links[network.ArcLink[a]].Mode))
                return null;
        }
        for (var i = network.FirstInArc[node]; i < network.FirstInArc[node + 1]; i++)
        {
            if (Serves(network.Links[network.ArcLink[network.InArcs[i]]].Mode))
                return null;
        }
        var n = network.Nodes[node];
        return $"{n.Id} ({n.Name}, {SnakeCase.Name(n.Kind)}) has no {SnakeCase.Name(m)} link, so a {SnakeCase.Name(m)} event cannot happen there";
    }
}
