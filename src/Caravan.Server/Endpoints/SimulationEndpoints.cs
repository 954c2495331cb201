using System.Security.Claims;
using Caravan.Core.Data;
using Caravan.Server.Access;
using Caravan.Server.Contracts;
using Caravan.Server.Problems;
using Caravan.Server.Routing;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Caravan.Server.Simulation;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/simulations</c>: Monte Carlo runs in the background: start (returns the run id at once), progress, cancel, results.</summary>
public static class SimulationEndpoints
{
    /// <summary>Replications when the request names none.</summary>
    public const int DefaultReplications = 2000;

    /// <summary>Maps the simulations resource.</summary>
    public static IEndpointRouteBuilder MapSimulations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/simulations").WithTags("Simulations");
        group.MapPost("/", Start).RequireAuthorization(Policies.Analyst).WithSummary("Start a simulation (analyst key); returns the run id at once");
        group.MapGet("/{id}", Progress).RequireAuthorization(Policies.Read).WithSummary("Status and progress");
        group.MapPost("/{id}/cancel", Cancel).RequireAuthorization(Policies.Analyst).WithSummary("Stop a queued or running simulation (who started it, or an admin)");
        group.MapGet("/{id}/results", Results).RequireAuthorization(Policies.Read).WithSummary("Lead-time statistics and histogram of a finished simulation");
        return app;
    }

    private static async Task<Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult>> Start(
        SimulationRequest request, ScenarioBook book, RoutePlanners planners, RunLauncher launcher, ServerOptions options,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var errors = new FieldErrors();
        var replications = request.Replications ?? DefaultReplications;
        if (replications < 1 || replications > options.MaxReplications)
            errors.Add("replications", $"between 1 and {options.MaxReplications}");
        if (request.OnTimeDays is <= 0)
            errors.Add("onTimeDays", "more than 0");
        var parameters = request.Route();
        var scenarios = RouteQuestion.Scenarios(parameters);
        var (dataset, problem) = await book.ApplyAsync(scenarios, caller, cancellationToken);
        if (dataset is null)
            errors.Add("scenario", problem!);
        var routeRequest = dataset is null ? null : RouteQuestion.Parse(parameters, dataset, errors);
        if (!errors.IsEmpty || routeRequest is null || dataset is null)
            return errors.ToProblem("Invalid simulation");
        // Finding the route takes milliseconds; the replications go to the background.
        var answer = RouteQuestion.Answer(planners.For(dataset), routeRequest, parameters, scenarios);
        if (answer.Routes.Count == 0)
            return errors.Add("to", answer.NoRouteReason ?? "no route").ToProblem("No route to simulate");
        var seed = request.Seed ?? 1;
        var route = answer.Routes[0];
        var run = await launcher.StartAsync("simulation", caller.Owner!, request, scenarios.Count == 0 ? null : string.Join('+', scenarios), seed,
            async context => await RouteLeadTimes.RunAsync(dataset, route, replications, seed, request.OnTimeDays, context), cancellationToken);
        return run is null
            ? ApiProblems.Unavailable("the run queue is full; try again later")
            : TypedResults.Accepted($"/api/simulations/{run.Id}", RunResponse.From(run));
    }

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> Progress(string id, CaravanStore store, CancellationToken cancellationToken) =>
        await Find(id, store, cancellationToken) is { } run ? TypedResults.Ok(RunResponse.From(run)) : ApiProblems.NotFound("id", $"no simulation '{id}'");

    private static async Task<Results<Accepted<RunResponse>, ProblemHttpResult>> Cancel(
        string id, CaravanStore store, RunQueue queue, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var run = await Find(id, store, cancellationToken);
        if (run is null)
            return ApiProblems.NotFound("id", $"no simulation '{id}'");
        if (!Caller.Of(user).MayCancel(run))
            return ApiProblems.Forbidden($"simulation '{id}' was started by {run.Owner}; only they or an admin may cancel it");
        if (run.IsFinal || !await store.CancelRunAsync(id, cancellationToken))
            return ApiProblems.Conflict("id", $"simulation '{id}' has already finished ({run.Status.ToString().ToLowerInvariant()})");
        queue.Cancel(id);
        return TypedResults.Accepted($"/api/simulations/{id}", RunResponse.From((await store.GetRunAsync(id, cancellationToken))!));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Results(string id, CaravanStore store, CancellationToken cancellationToken)
    {
        var run = await Find(id, store, cancellationToken);
        if (run is null)
            return ApiProblems.NotFound("id", $"no simulation '{id}'");
        if (run.Status != RunStatus.Succeeded)
            return ApiProblems.Conflict("id", $"simulation '{id}' has no results: it is {run.Status.ToString().ToLowerInvariant()}{(run.Error is null ? "" : $" ({run.Error})")}");
        return TypedResults.Content(await store.GetRunResultsAsync(id, cancellationToken), "application/json");
    }

    private static async Task<StoredRun?> Find(string id, CaravanStore store, CancellationToken cancellationToken) =>
        await store.GetRunAsync(id, cancellationToken) is { Kind: "simulation" } run ? run : null;
}
