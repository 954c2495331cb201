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
        return FlowReportJson.Of(report);
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
        return FlowReportJson.Of(ScenarioComparison.Of(reports));
    }

    // The LP solver cannot be interrupted; a cancelled run is marked at once and its solve ends at
    // the solver's time limit (at most the run-length limit) in the background.
    private static async Task<FlowReport> SolveAsync(AppliedScenario applied, FlowOptions options, CancellationToken cancellationToken)
    {
        var solve = Task.Run(() => FlowPlanner.Plan(applied, options), CancellationToken.None);
        await solve.WaitAsync(cancellationToken);
        return await solve;
    }
}
