using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>
/// One query's view of the compiled network: the CSR adjacency with a per-tonne weight on every
/// arc (infinite where a constraint forbids it), each arc's mode as a dense slot, and whether
/// the arc meets a via requirement. Searches run on states (node, mode of the arc that entered
/// it, via met) so that mode changes can be priced and counted.
/// </summary>
internal sealed class SearchGraph
{
    public SearchGraph(int[] firstArc, int[] tail, int[] head, byte[] arcMode, int modeCount, double[] weight,
        double transferWeight, bool[]? via = null)
    {
        FirstArc = firstArc;
        Tail = tail;
        Head = head;
        ArcMode = arcMode;
        ModeCount = Math.Max(1, modeCount);
        Weight = weight;
        TransferWeight = transferWeight;
        Via = via;
    }

    public int NodeCount => FirstArc.Length - 1;

    public int[] FirstArc { get; }

    public int[] Tail { get; }

    public int[] Head { get; }

    /// <summary>Dense mode slot of each arc, 0 … ModeCount-1.</summary>
    public byte[] ArcMode { get; }

    public int ModeCount { get; }

    /// <summary>Generalised cost per tonne of each arc; +∞ where forbidden.</summary>
    public double[] Weight { get; }

    /// <summary>Generalised cost per tonne of one change of mode.</summary>
    public double TransferWeight { get; }

    /// <summary>Arcs that meet the via requirement; null = no requirement.</summary>
    public bool[]? Via { get; }

    /// <summary>1 or 2: whether states carry the via flag.</summary>
    public int FlagCount => Via is null ? 1 : 2;

    public int StateCount => NodeCount * ModeCount * FlagCount;

    public int State(int node, int mode, int flag) => ((node * ModeCount) + mode) * FlagCount + flag;

    public int NodeOf(int state) => state / (ModeCount * FlagCount);

    public int ModeOf(int state) => state / FlagCount % ModeCount;

    public int FlagOf(int state) => state % FlagCount;

    /// <summary>
    /// Builds the graph for one commodity and set of constraints, for journeys from <paramref name="origin"/>:
    /// arcs leaving any other mine, plant or customer are forbidden, so no route passes through one.
    /// </summary>
    public static SearchGraph For(CostModel model, CostTable table, RouteConstraints constraints, int origin)
    {
        var net = model.Network;
        var modes = Enum.GetValues<Mode>();
        var arcMode = new byte[net.ArcCount];
        var weight = new double[net.ArcCount];
        bool[]? via = constraints.HasVia ? new bool[net.ArcCount] : null;
        for (var a = 0; a < net.ArcCount; a++)
        {
            var link = net.Links[net.ArcLink[a]];
            arcMode[a] = (byte)Array.IndexOf(modes, link.Mode);
            weight[a] = net.MayLeave(a, origin) && model.Allowed(a, table.Commodity, constraints) ? table.Generalised[a] : double.PositiveInfinity;
            if (via is not null)
                via[a] = constraints.MeetsVia(link, net.Nodes[net.ArcTail[a]], net.Nodes[net.ArcHead[a]]);
        }
        return new SearchGraph(net.FirstArc, net.ArcTail, net.ArcHead, arcMode, modes.Length, weight,
            table.Transfer.GeneralisedUsd, via);
    }
}
