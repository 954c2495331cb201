namespace Caravan.Optimization.Flows;

/// <summary>One commodity of a <see cref="FlowProblem"/>: its cost per arc, where it is available and where it is wanted.</summary>
public sealed class FlowCommodity
{
    /// <summary>Creates the commodity; <paramref name="arcCost"/> holds US$/t per arc, PositiveInfinity where the arc may not carry it.</summary>
    public FlowCommodity(string id, double[] arcCost, IReadOnlyList<FlowAmount> supply, IReadOnlyList<FlowAmount> demand, double penaltyUsdPerTonne)
    {
        if (!(penaltyUsdPerTonne >= 0) || double.IsInfinity(penaltyUsdPerTonne))
            throw new ArgumentOutOfRangeException(nameof(penaltyUsdPerTonne), "the unmet-demand penalty is a finite US$/t ≥ 0");
        if (arcCost.Any(double.IsNaN))
            throw new ArgumentException("arc costs are numbers (PositiveInfinity = not allowed)", nameof(arcCost));
        Id = id;
        ArcCost = arcCost;
        Supply = supply;
        Demand = demand;
        PenaltyUsdPerTonne = penaltyUsdPerTonne;
    }

    /// <summary>Commodity id.</summary>
    public string Id { get; }

    /// <summary>US$ per tonne on each arc; PositiveInfinity = the arc may not carry this commodity.</summary>
    public double[] ArcCost { get; }

    /// <summary>Tonnes available at nodes over the period, with the cost of shipping one out (origin handling), US$/t.</summary>
    public IReadOnlyList<FlowAmount> Supply { get; }

    /// <summary>Tonnes wanted at nodes over the period.</summary>
    public IReadOnlyList<FlowAmount> Demand { get; }

    /// <summary>US$ per tonne of demand left unmet.</summary>
    public double PenaltyUsdPerTonne { get; }

    /// <summary>
    /// Per arc, the units of the arc's capacity one tonne of this commodity takes: 1 where capacity is in
    /// tonnes, 1 / (tonnes per TEU) where it is in TEU, and so on. Null: 1 on every arc.
    /// </summary>
    public double[]? ArcCapacityUse { get; init; }

    /// <summary>Per node, as <see cref="ArcCapacityUse"/> for node capacities. Null: 1 at every node.</summary>
    public double[]? NodeCapacityUse { get; init; }

    /// <summary>True when arc <paramref name="arc"/> may carry this commodity.</summary>
    public bool Allows(int arc) => !double.IsPositiveInfinity(ArcCost[arc]);

    /// <summary>Units of arc <paramref name="arc"/>'s capacity one tonne takes.</summary>
    public double ArcUse(int arc) => ArcCapacityUse?[arc] ?? 1;

    /// <summary>Units of node <paramref name="node"/>'s capacity one tonne takes.</summary>
    public double NodeUse(int node) => NodeCapacityUse?[node] ?? 1;
}
