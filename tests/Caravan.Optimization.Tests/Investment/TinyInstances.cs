using Caravan.Optimization.Investment;

namespace Caravan.Optimization.Tests.Investment;

/// <summary>Hand-made instances whose optimum can be worked out on paper.</summary>
internal static class TinyInstances
{
    /// <summary>
    /// Two nodes, one arc (cost 1 US$/t, capacity 10 t/yr), 20 t/yr demand at node 1, penalty 100 US$/t.
    /// Each project adds capacity to the arc.
    /// </summary>
    public static InvestmentInstance OneArc(params ProjectTerms[] projects) => OneArc(projects, projects.Select((_, p) => new Gain(p, 0, 10)).ToArray());

    public static InvestmentInstance OneArc(ProjectTerms[] projects, Gain[] gains) =>
        new(projects, [new FlowScenario
        {
            Name = "baseline",
            Probability = 1,
            NodeIds = ["a", "b"],
            ArcLinkIds = ["a-b"],
            CommodityIds = ["ore"],
            ArcTail = [0],
            ArcHead = [1],
            ArcCapacity = [10],
            ArcOwner = [-1],
            ArcCost = [[1]],
            NodeCapacity = [double.PositiveInfinity, double.PositiveInfinity],
            NodeOwner = [-1, -1],
            Supply = [[100, 0]],
            OriginCost = [[0, 0]],
            Demand = [[0, 20]],
            PenaltyUsdPerTonne = [100],
            ArcGains = gains,
        }]);

    public static ProjectTerms Project(string id, double capex, double annual, int buildYears = 1, int[]? requires = null, int[]? excludes = null) =>
        new(id, capex, annual, buildYears, requires ?? [], excludes ?? []);
}
