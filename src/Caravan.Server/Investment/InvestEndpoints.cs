using System.Security.Claims;
using Caravan.Core.Investment;
using Caravan.Questions.Contracts;
using Caravan.Questions.Investment;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Investment;

/// <summary>
/// <c>/api/projects</c> (the dataset's candidate projects) and <c>/api/invest</c>: which projects a budget
/// should buy, solved and checked by simulation in the background (results with <c>caravan invest</c>'s JSON names).
/// </summary>
public static class InvestEndpoints
{
    /// <summary>Maps the projects and invest resources.</summary>
    public static IEndpointRouteBuilder MapInvest(this IEndpointRouteBuilder app)
    {
        // A group like every other resource, so the OpenAPI document lists it in registration order.
        app.MapGroup("/api/projects").WithTags("Invest").MapGet("/", Projects).RequireAuthorization(Policies.Read)
            .WithSummary("The dataset's candidate projects");
        var group = app.MapGroup("/api/invest").WithTags("Invest");
        group.MapPost("/", Start).RequireAuthorization(Policies.Analyst)
            .WithSummary("Start an invest run (analyst key): portfolio, budget frontier and Monte Carlo check; returns the run id at once");
        group.MapRunControls("invest", "/api/invest", "The portfolio, frontier and check of a finished invest run");
        return app;
    }

    private static Results<Ok<IReadOnlyList<InvestCandidate>>, ProblemHttpResult> Projects(ProjectLoadResult loaded)
    {
        var (projects, problem) = InvestQuestion.Candidates(loaded);
        return projects is null
            ? ApiProblems.Conflict("projects", problem!)
            : TypedResults.Ok<IReadOnlyList<InvestCandidate>>(projects.Select(InvestCandidate.From).ToArray());
    }

    private static async Task<Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult>> Start(
        InvestFields fields, ProjectLoadResult loaded, ScenarioBook book, RunLauncher launcher, ServerOptions options,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (projects, problem) = InvestQuestion.Candidates(loaded);
        if (projects is null)
            return ApiProblems.Conflict("projects", problem!);
        var caller = Caller.Of(user);
        // Built-in and the caller's visible stored scenarios, as every other endpoint takes them; the MIP gets the run-length limit.
        var parsed = await InvestQuestion.ParseAsync(fields, projects, book.For(caller), options.Limits(), cancellationToken);
        if (parsed.Question is not { } question)
            return parsed.Problems.ToProblem("Invalid invest question");
        var run = await launcher.StartAsync("invest", caller.Owner!, fields, string.Join(' ', question.Scenarios.Select(s => s.Name)),
            (long)question.Seed, async context =>
            {
                var progress = new RunProgress(context);
                var outcome = await progress.WhileAsync(Task.Run(() => question.Answer(progress.Report, context.CancellationToken), context.CancellationToken));
                return ExplainedInvestAnswer.Explain(outcome, question.Settings.Objective);
            }, cancellationToken);
        return run is null
            ? ApiProblems.Unavailable("the run queue is full; try again later")
            : TypedResults.Accepted($"/api/invest/{run.Id}", RunResponse.From(run));
    }
}
