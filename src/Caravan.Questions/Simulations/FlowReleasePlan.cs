using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;
using Caravan.Optimization.Flows;

namespace Caravan.Questions.Simulations;

/// <summary>
/// What the simulator's lots move: the scenario's flow solution (<c>caravan flow</c> on the same
/// applied scenario and commodities, default options, a year) decomposed into supply-to-demand paths,
/// in tonnes a year. So <c>flow</c> and <c>simulate</c> ship the same tonnes between the same places.
/// </summary>
public static class FlowReleasePlan
{
    /// <summary>
    /// The plan for <paramref name="applied"/>, <paramref name="commodities"/> and the supply of
    /// <paramref name="origins"/> (countries; empty = all), or the solver's reason when the flow has no solution.
    /// </summary>
    public static (IReadOnlyList<PlannedShipment>? Plan, string? Problem) Of(AppliedScenario applied, IReadOnlyList<string> commodities,
        IReadOnlyList<string> origins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applied);
        var model = FlowModel.Build(applied, FlowOptions.Default with { Commodities = commodities, Origins = origins });
        var solution = FlowSolver.Solve(model.Problem, model.Options.Solver);
        if (!solution.HasFlow)
            return (null, $"the flow plan the lots follow has no solution ({solution.Status}): {solution.Message}");
        var nodes = applied.Dataset.Network.Nodes;
        var perYear = Core.Hours.DaysPerYear / model.Options.PeriodDays;
        var plan = FlowDecomposition.Paths(model.Problem, solution, cancellationToken)
            .Select(p => new PlannedShipment(p.Commodity, nodes[p.From].Id, nodes[p.To].Id, p.Tonnes * perYear, p.Arcs))
            .ToArray();
        return (plan, null);
    }
}
