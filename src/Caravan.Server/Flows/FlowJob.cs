using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;
using Caravan.Server.Runs;

namespace Caravan.Server.Flows;

/// <summary>Runs flow questions in the background: one scenario set (the flow report) or several compared (the comparison report).</summary>
public static class FlowJob
{
    /// <summary>Solves the flow question under <paramref name="applied"/>; the fields of <c>caravan flow --format json</c>.</summary>
    public static async Task<object> RunAsync(AppliedScenario applied, FlowOptions options, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.ReportAsync(0);
        var report = await SolveAsync(applied, options, context.CancellationToken);
        return Caravan.Questions.Contracts.FlowAnswer.Of(report);
    }

    /// <summary>Solves the question under each entry of <paramref name="applied"/> in turn; the fields of <c>caravan compare --format json</c>.</summary>
    public static async Task<object> CompareAsync(IReadOnlyList<AppliedScenario> applied, FlowOptions options, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(applied);
        ArgumentNullException.ThrowIfNull(context);
        var reports = new List<FlowReport>();
        foreach (var scenario in applied)
        {
            await context.ReportAsync((double)reports.Count / applied.Count);
            reports.Add(await SolveAsync(scenario, options, context.CancellationToken));
        }
        return Caravan.Questions.Contracts.ComparisonAnswer.Of(ScenarioComparison.Of(reports));
    }

    // A cancelled run is marked at once; the solve in the background is interrupted through the
    // solver options (the LP backends that honour an interrupt, the network simplex), and otherwise
    // ends at its time limit, at most the run-length limit.
    private static async Task<FlowReport> SolveAsync(AppliedScenario applied, FlowOptions options, CancellationToken cancellationToken)
    {
        options = options with { Solver = options.Solver with { Cancellation = cancellationToken } };
        var solve = Task.Run(() => FlowPlanner.Plan(applied, options), CancellationToken.None);
        await solve.WaitAsync(cancellationToken);
        return await solve;
    }
}
