using Caravan.Core.Assignment;

namespace Caravan.Core.Traffic;

/// <summary>
/// The background freight after an equilibrium assignment under a scenario: the load and congestion
/// delay of every arc and node of the dataset's network, the loaded elements with a capacity, the
/// corridor families' volumes and what could not move. Loads are capacity-equivalent tonnes a day
/// (t-eq/d, <see cref="CargoTraits"/>), delays hours per passage over the free-flow time.
/// </summary>
public sealed record CorridorTraffic
{
    /// <summary>No background freight: empty loads, no delays (a dataset without freight.csv, or traffic switched off).</summary>
    public static CorridorTraffic Empty(int arcs, int nodes) => new()
    {
        Status = AssignmentStatus.Converged,
        ArcLoad = new double[arcs],
        ArcDelayHours = new double[arcs],
        NodeLoad = new double[nodes],
        NodeDelayHours = new double[nodes],
        ArcCongestionValue = new double[arcs],
        NodeCongestionValue = new double[nodes],
    };

    /// <summary>Why the solve stopped.</summary>
    public required AssignmentStatus Status { get; init; }

    /// <summary>Relative gap reached.</summary>
    public double RelativeGap { get; init; }

    /// <summary>Iterations done.</summary>
    public int Iterations { get; init; }

    /// <summary>Wall time of the solve.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The year the freight was carried to; null = each row's own year.</summary>
    public int? Year { get; init; }

    /// <summary>Per dataset arc: background load, t-eq/d.</summary>
    public required double[] ArcLoad { get; init; }

    /// <summary>Per dataset arc: congestion delay on the link, hours.</summary>
    public required double[] ArcDelayHours { get; init; }

    /// <summary>Per dataset node: background load through it, t-eq/d (0 when it has no capacity).</summary>
    public required double[] NodeLoad { get; init; }

    /// <summary>Per dataset node: queueing delay to pass it, hours.</summary>
    public required double[] NodeDelayHours { get; init; }

    /// <summary>Per dataset arc: <see cref="ElementLoad.CongestionValueUsdPerYear"/> of its capacity.</summary>
    public required double[] ArcCongestionValue { get; init; }

    /// <summary>Per dataset node: <see cref="ElementLoad.CongestionValueUsdPerYear"/> of its capacity.</summary>
    public required double[] NodeCongestionValue { get; init; }

    /// <summary>Elements with a capacity that carry background freight, most utilised first.</summary>
    public IReadOnlyList<ElementLoad> Elements { get; init; } = [];

    /// <summary>The corridor families' volumes, in <see cref="CorridorFamily.All"/> order.</summary>
    public IReadOnlyList<CorridorVolume> Corridors { get; init; } = [];

    /// <summary>Freight with no route under the scenario.</summary>
    public IReadOnlyList<UnservedFreight> Unserved { get; init; } = [];

    /// <summary>Congestion hours of dataset arc <paramref name="arc"/> and passing its head node <paramref name="head"/>.</summary>
    public double CongestionHours(int arc, int head) => ArcDelayHours[arc] + NodeDelayHours[head];

    /// <summary>Tonnes a year crossing a corridor family's cut; 0 for an unknown family.</summary>
    public double CorridorTonnes(string family) => Corridors.FirstOrDefault(c => c.Family == family)?.TonnesPerYear ?? 0;
}
