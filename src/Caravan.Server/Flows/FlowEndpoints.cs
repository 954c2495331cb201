using System.Security.Claims;
using Caravan.Questions.Contracts;
using Caravan.Questions.Flows;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Flows;

/// <summary>
/// <c>/api/flows</c>: multi-commodity flows under scenarios, and scenario comparisons, solved in the
/// background (start returns the run id at once; progress, cancel and results as for simulations).
/// </summary>
public static class FlowEndpoints
{
    /// <summary>Maps the flows resource.</summary>
    public static IEndpointRouteBuilder MapFlows(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/flows").WithTags("Flows");
        group.MapPost("/", Start).RequireAuthorization(Policies.Analyst)
            .WithSummary("Start a flow run (analyst key): least-cost flows, unmet demand and bottlenecks under the scenarios");
        group.MapPost("/compare", Compare).RequireAuthorization(Policies.Analyst)
            .WithSummary("Start a scenario comparison (analyst key): the same flow question under each scenario set, side by side");
        group.MapRunControls("flow", "/api/flows", "The flow report (or comparison) of a finished flow run");
        return app;
    }

    private static async Task<Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult>> Start(
        FlowFields fields, ScenarioBook book, RunLauncher launcher, ServerOptions options, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var parsed = await FlowQuestion.ParseAsync(fields, book.For(caller), options.Limits(), cancellationToken);
        if (parsed.Question is not { } question)
            return parsed.Problems.ToProblem("Invalid flow question");
        var run = await launcher.StartAsync("flow", caller.Owner!, fields, question.Applied.Names.Count == 0 ? null : question.Applied.Label, null,
            async context =>
            {
                await context.ReportAsync(0);
                return FlowAnswer.Of(await question.SolveAsync(context.CancellationToken));
            }, cancellationToken);
        return StartedOrBusy(run);
    }

    private static async Task<Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult>> Compare(
        FlowFields fields, ScenarioBook book, RunLauncher launcher, ServerOptions options, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var parsed = await FlowComparisonQuestion.ParseAsync(fields, book.For(caller), options.Limits(), cancellationToken);
        if (parsed.Question is not { } question)
            return parsed.Problems.ToProblem("Invalid comparison");
        var run = await launcher.StartAsync("flow", caller.Owner!, fields, string.Join(" vs ", question.Applied.Select(a => a.Label)), null,
            async context =>
            {
                var progress = new RunProgress(context);
                return ComparisonAnswer.Of(await progress.WhileAsync(question.SolveAsync(progress, context.CancellationToken)));
            }, cancellationToken);
        return StartedOrBusy(run);
    }

    private static Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult> StartedOrBusy(Caravan.Storage.StoredRun? run) =>
        run is null
            ? ApiProblems.Unavailable("the run queue is full; try again later")
            : TypedResults.Accepted($"/api/flows/{run.Id}", RunResponse.From(run));
}
