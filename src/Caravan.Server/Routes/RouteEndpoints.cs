using System.Security.Claims;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;
using Caravan.Questions.Routes;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Routes;

/// <summary><c>/api/routes</c>: route questions answered at once (milliseconds); optionally stored as a run; the flagship comparison.</summary>
public static class RouteEndpoints
{
    /// <summary>Maps the routes resource.</summary>
    public static IEndpointRouteBuilder MapRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/routes").WithTags("Routes");
        group.MapGet("/", Query).RequireAuthorization(Policies.Read)
            .WithSummary("Best route, k alternatives or the Pareto set; the dashboard planner's URL carries the same parameters");
        group.MapPost("/", Save).RequireAuthorization(Policies.Analyst)
            .WithSummary("Answer a route question and store it as a run (analyst key)");
        group.MapGet("/flagship", FlagshipComparison).RequireAuthorization(Policies.Read)
            .WithSummary("Gallium and uranium from Kazakhstan and Uzbekistan to Japan: the best route (lowest generalised cost) of each corridor family under each flagship scenario");
        return app;
    }

    private static async Task<Results<Ok<RouteAnswer>, ValidationProblem>> Query(
        [AsParameters] RouteFields fields, ScenarioBook book, RoutePlanners planners, ServerOptions options, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var parsed = await RouteQuestion.ParseAsync(fields, book.For(Caller.Of(user)), options.Limits(), cancellationToken);
        return parsed.Question is { } question ? TypedResults.Ok(question.Answer(planners)) : parsed.Problems.ToProblem("Invalid route question");
    }

    private static async Task<Results<Created<RunResponse>, ValidationProblem>> Save(
        RouteFields fields, ScenarioBook book, RoutePlanners planners, RunLauncher launcher, ServerOptions options, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var parsed = await RouteQuestion.ParseAsync(fields, book.For(caller), options.Limits(), cancellationToken);
        if (parsed.Question is not { } question)
            return parsed.Problems.ToProblem("Invalid route question");
        var scenario = question.Applied.Names.Count == 0 ? null : question.Applied.Label;
        var (run, results) = await launcher.RecordAsync("route", caller.Owner!, fields, scenario, null, () => question.Answer(planners), cancellationToken);
        return TypedResults.Created($"/api/runs/{run.Id}", RunResponse.From(run, results));
    }

    private static async Task<Results<Ok<IReadOnlyList<FlagshipCase>>, ValidationProblem>> FlagshipComparison(
        ScenarioBook book, RoutePlanners planners, FlagshipCache cache, ServerOptions options, ClaimsPrincipal user, CancellationToken cancellationToken,
        double? tonnes = null, string? scenario = null)
    {
        var parsed = await FlagshipQuestion.ParseAsync(tonnes, TextList.Split(scenario), book.For(Caller.Of(user)), options.Limits(), cancellationToken);
        if (parsed.Question is not { } question)
            return parsed.Problems.ToProblem();
        // The comparison is fixed for a dataset; the default size is the one worth keeping.
        return TypedResults.Ok(question.Tonnes == 1 ? cache.For(question.Applied.Dataset, () => question.Cases(planners)) : question.Cases(planners));
    }
}
