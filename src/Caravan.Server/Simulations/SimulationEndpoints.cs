using System.Security.Claims;
using Caravan.Core.Simulation;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;
using Caravan.Questions.Simulations;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Simulations;

/// <summary><c>/api/simulations</c>: Monte Carlo runs in the background: start (returns the run id at once), progress, cancel, results.</summary>
public static class SimulationEndpoints
{
    /// <summary>Maps the simulations resource.</summary>
    public static IEndpointRouteBuilder MapSimulations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/simulations").WithTags("Simulations");
        group.MapPost("/", Start).RequireAuthorization(Policies.Analyst).WithSummary("Start a simulation (analyst key); returns the run id at once");
        group.MapRunControls("simulation", "/api/simulations", "Lead times per origin-destination pair, resources, stock-outs and histograms of a finished simulation");
        return app;
    }

    private static async Task<Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult>> Start(
        SimulationFields fields, ScenarioBook book, RunLauncher launcher, ServerOptions options,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        // Workers share the cores; the thread count never changes the results. Compiling plans each
        // origin-destination route (milliseconds); the replications go to the background.
        var parsed = await SimulationQuestion.ParseAsync(fields, book.For(caller), options.Limits(), cancellationToken,
            maxThreads: Math.Max(1, Environment.ProcessorCount / Math.Max(1, options.Workers)));
        if (parsed.Question is not { } question)
            return parsed.Problems.ToProblem(parsed.Problems.Any(p => p.Message.StartsWith("nothing to simulate", StringComparison.Ordinal)) ? "Nothing to simulate" : "Invalid simulation");
        var scenario = string.Join(" vs ", question.Models.Select(m => m.Scenario));
        var run = await launcher.StartAsync("simulation", caller.Owner!, fields, scenario == Core.Scenarios.Scenario.Baseline.Name ? null : scenario,
            (long)question.Models[0].Options.Seed, context => SimulateAsync(question, context), cancellationToken);
        return run is null
            ? ApiProblems.Unavailable("the run queue is full; try again later")
            : TypedResults.Accepted($"/api/simulations/{run.Id}", RunResponse.From(run));
    }

    // The run's manifest has the wall time; the results leave it out so equal runs give equal results.
    private static async Task<object> SimulateAsync(SimulationQuestion question, RunContext context)
    {
        var progress = new RunProgress(context);
        var total = (double)question.TotalReplications;
        var runs = await progress.WhileAsync(Task.Run(
            () => question.Run(new ProgressRelay(done => progress.Report(done / total)), context.CancellationToken), context.CancellationToken));
        IReadOnlyList<SimulationRun> reproducible = [.. runs.Select(r => r.WithoutWallTime())];
        return question.Compare ? SimulationComparison.Of(reproducible) : SimulationAnswer.Of(reproducible[0]);
    }
}
