using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

/// <summary>Small flow problems written inline, with their hand-checked optima.</summary>
internal static class Instances
{
    public const double Unlimited = double.PositiveInfinity;

    /// <summary>
    /// The OR-Tools min-cost-flow sample (developers.google.com/optimization/flow/mincostflow): 20 units
    /// from node 0 to nodes 3 (5) and 4 (15); published optimum 150.
    /// </summary>
    public static FlowProblem OrToolsSample(bool allowUnmetPenalty = false)
    {
        int[] tail = [0, 0, 1, 1, 1, 2, 2, 3, 4];
        int[] head = [1, 2, 2, 3, 4, 3, 4, 4, 2];
        double[] capacity = [15, 8, 20, 4, 10, 15, 4, 20, 5];
        double[] cost = [4, 4, 2, 2, 6, 1, 3, 2, 3];
        var k = new FlowCommodity("x", cost, [new FlowAmount(0, 20)], [new FlowAmount(3, 5), new FlowAmount(4, 15)], allowUnmetPenalty ? 1000 : 0);
        return new FlowProblem(5, tail, head, capacity, new double[5].Select(_ => Unlimited).ToArray(), [k]);
    }

    /// <summary>
    /// s=0 → t=2 direct (capacity 10, cost 1) or via m=1 (2 + 2, unlimited); 15 t wanted at t, 20 t at s.
    /// Optimum: 10 direct + 5 via m = 10 + 20 = 30; the direct arc's dual is 4 − 1 = 3 US$/t.
    /// </summary>
    public static FlowProblem Bypass(double directCapacity = 10, double supply = 20, double penalty = 100, double mCapacity = Unlimited) =>
        new(3, [0, 0, 1], [2, 1, 2], [directCapacity, Unlimited, Unlimited], [Unlimited, mCapacity, Unlimited],
            [new FlowCommodity("x", [1, 2, 2], [new FlowAmount(0, supply)], [new FlowAmount(2, 15)], penalty)]);

    /// <summary>
    /// Two commodities from 0 to 1 share arc 0 (capacity 10, cost 1); arc 1 costs 5 for A and 10 for B.
    /// 8 t of each wanted. Optimum: B takes 8 on arc 0, A 2 on arc 0 and 6 on arc 1: 8 + 2 + 30 = 40.
    /// The shared arc's dual is A's detour premium, 5 − 1 = 4 US$/t.
    /// </summary>
    public static FlowProblem SharedArc(double capacity = 10) =>
        new(2, [0, 0], [1, 1], [capacity, Unlimited], [Unlimited, Unlimited],
        [
            new FlowCommodity("A", [1, 5], [new FlowAmount(0, 8)], [new FlowAmount(1, 8)], 1000),
            new FlowCommodity("B", [1, 10], [new FlowAmount(0, 8)], [new FlowAmount(1, 8)], 1000),
        ]);
}
