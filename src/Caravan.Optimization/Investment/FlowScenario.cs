namespace Caravan.Optimization.Investment;

/// <summary>
/// One disruption scenario's second stage as plain numbers: a directed network with per-commodity arc
/// costs, capacities, supplies, demands and unmet-demand penalties over one year, and what each project
/// changes in it. Quantities are t/yr (capacities in their own unit per year: tonnes, TEU or wagons, with
/// each commodity's use per tonne); money is US$ (per tonne where stated). Infinite capacity is
/// <see cref="double.PositiveInfinity"/>; an arc a commodity may not use has cost +∞.
/// </summary>
public sealed class FlowScenario
{
    /// <summary>Label for reports (<c>china-transit-closed</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Weight in the expectation, &gt; 0; the instance's weights sum to 1.</summary>
    public required double Probability { get; init; }

    /// <summary>Node ids (for reports), by dense index.</summary>
    public required string[] NodeIds { get; init; }

    /// <summary>Link ids (for reports), by arc.</summary>
    public required string[] ArcLinkIds { get; init; }

    /// <summary>Commodity ids, by dense index.</summary>
    public required string[] CommodityIds { get; init; }

    /// <summary>Tail node of each arc.</summary>
    public required int[] ArcTail { get; init; }

    /// <summary>Head node of each arc.</summary>
    public required int[] ArcHead { get; init; }

    /// <summary>Capacity of each arc without projects, t/yr, all commodities together.</summary>
    public required double[] ArcCapacity { get; init; }

    /// <summary>The project that builds each arc, or -1 for arcs that exist without projects.</summary>
    public required int[] ArcOwner { get; init; }

    /// <summary>Generalised cost, US$/t, by [commodity][arc]; +∞ where the commodity may not use the arc.</summary>
    public required double[][] ArcCost { get; init; }

    /// <summary>Throughput capacity of each node without projects, t/yr (arrivals plus supply shipped).</summary>
    public required double[] NodeCapacity { get; init; }

    /// <summary>The project that builds each node, or -1.</summary>
    public required int[] NodeOwner { get; init; }

    /// <summary>Supply without projects, t/yr, by [commodity][node].</summary>
    public required double[][] Supply { get; init; }

    /// <summary>Cost of shipping one tonne of supply out of its node, US$/t, by [commodity][node].</summary>
    public required double[][] OriginCost { get; init; }

    /// <summary>Demand, t/yr, by [commodity][node].</summary>
    public required double[][] Demand { get; init; }

    /// <summary>Penalty for one tonne of demand left unmet, US$/t, by commodity.</summary>
    public required double[] PenaltyUsdPerTonne { get; init; }

    /// <summary>Arc capacity increments (index = arc).</summary>
    public IReadOnlyList<Gain> ArcGains { get; init; } = [];

    /// <summary>Node capacity increments (index = node).</summary>
    public IReadOnlyList<Gain> NodeGains { get; init; } = [];

    /// <summary>Supply increments (index = commodity × node count + node).</summary>
    public IReadOnlyList<Gain> SupplyGains { get; init; } = [];

    /// <summary>Cheaper arc copies that projects open.</summary>
    public IReadOnlyList<ArcVariant> Variants { get; init; } = [];

    /// <summary>
    /// Units of each arc's capacity one tonne of a commodity takes, by [commodity][arc] (1 where capacity is in
    /// tonnes, 1 / tonnes per TEU where in TEU); null = 1 everywhere.
    /// </summary>
    public double[][]? ArcCapacityUse { get; init; }

    /// <summary>As <see cref="ArcCapacityUse"/> for node capacities, by [commodity][node].</summary>
    public double[][]? NodeCapacityUse { get; init; }

    /// <summary>Units of arc <paramref name="arc"/>'s capacity one tonne of commodity <paramref name="commodity"/> takes.</summary>
    public double ArcUse(int commodity, int arc) => ArcCapacityUse?[commodity][arc] ?? 1;

    /// <summary>Units of node <paramref name="node"/>'s capacity one tonne of commodity <paramref name="commodity"/> takes.</summary>
    public double NodeUse(int commodity, int node) => NodeCapacityUse?[commodity][node] ?? 1;

    /// <summary>Number of nodes.</summary>
    public int NodeCount => NodeIds.Length;

    /// <summary>Number of arcs.</summary>
    public int ArcCount => ArcTail.Length;

    /// <summary>Number of commodities.</summary>
    public int CommodityCount => CommodityIds.Length;
}
