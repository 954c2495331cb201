using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Routing;
using Caravan.Server.Access;
using Caravan.Server.Contracts;
using Caravan.Server.Problems;
using Caravan.Server.Routing;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/routes</c>: route questions answered at once (milliseconds); optionally stored as a run; the flagship comparison.</summary>
public static class RouteEndpoints
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<FlagshipCellView>> FlagshipCache = new();

    /// <summary>Maps the routes resource.</summary>
    public static IEndpointRouteBuilder MapRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/routes").WithTags("Routes");
        group.MapGet("/", Query).RequireAuthorization(Policies.Read)
            .WithSummary("Best route, k alternatives or the Pareto set; the dashboard planner's URL carries the same parameters");
        group.MapPost("/", Save).RequireAuthorization(Policies.Analyst)
            .WithSummary("Answer a route question and store it as a run (analyst key)");
        group.MapGet("/flagship", FlagshipComparison).RequireAuthorization(Policies.Read)
            .WithSummary("Gallium and uranium from Kazakhstan and Uzbekistan to Japan: the best route of each corridor family under each flagship scenario");
        return app;
    }

    private static async Task<Results<Ok<RouteAnswer>, ValidationProblem>> Query(
        [AsParameters] RouteParameters parameters, ScenarioBook book, RoutePlanners planners, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (answer, errors) = await AnswerAsync(parameters, book, planners, Caller.Of(user), cancellationToken);
        return answer is null ? errors.ToProblem("Invalid route question") : TypedResults.Ok(answer);
    }

    private static async Task<Results<Created<RunResponse>, ValidationProblem>> Save(
        RouteParameters parameters, ScenarioBook book, RoutePlanners planners, CaravanStore store, Dataset dataset,
        RunVisibility visibility, IOptions<JsonOptions> json, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var watch = Stopwatch.StartNew();
        var (answer, errors) = await AnswerAsync(parameters, book, planners, caller, cancellationToken);
        if (answer is null)
            return errors.ToProblem("Invalid route question");
        var options = json.Value.SerializerOptions;
        var inputs = JsonSerializer.Serialize(parameters, options);
        var scenario = answer.Scenarios.Count == 0 ? null : string.Join('+', answer.Scenarios);
        var manifest = new RunManifest("route", dataset.Name, scenario, null, Sha256(inputs), RunLauncher.ProgramVersion, Math.Round(watch.Elapsed.TotalSeconds, 3));
        var isPrivate = await visibility.UsesPrivateScenarioAsync(inputs, caller.Owner!, cancellationToken);
        var run = await store.CreateRunAsync("route", caller.Owner!, inputs, JsonSerializer.Serialize(manifest, options), isPrivate, cancellationToken);
        await store.StartRunAsync(run.Id, cancellationToken);
        var results = JsonSerializer.Serialize(answer, options);
        await store.FinishRunAsync(run.Id, RunStatus.Succeeded, results, null, null, cancellationToken);
        var stored = await store.GetRunAsync(run.Id, cancellationToken);
        return TypedResults.Created($"/api/runs/{run.Id}", RunResponse.From(stored!, results));
    }

    private static async Task<Results<Ok<IReadOnlyList<FlagshipCellView>>, ValidationProblem>> FlagshipComparison(
        ScenarioBook book, RoutePlanners planners, ClaimsPrincipal user, CancellationToken cancellationToken, double tonnes = 1, string? scenario = null)
    {
        var errors = new FieldErrors();
        if (!(tonnes > 0 && tonnes <= 1e7))
            errors.Add("tonnes", "a shipment is more than 0 and at most 10,000,000 t");
        var choice = await book.ApplyAsync(RouteQuestion.Scenarios(new RouteParameters { Scenario = scenario }), Caller.Of(user), cancellationToken);
        if (choice.Applied is null)
            errors.Add("scenario", choice.Problem!);
        if (!errors.IsEmpty || choice.Applied is not { } applied)
            return errors.ToProblem();
        IReadOnlyList<FlagshipCellView> Compute() => Flagship.Run(planners.For(applied.Dataset), tonnes)
            .Select(c => new FlagshipCellView(c.Commodity, c.From, c.To, c.Scenario, c.Family, c.Route is null ? null : RouteView.Of(c.Route, applied.Dataset), c.NoRouteReason))
            .ToList();
        // The comparison is fixed for a dataset and size; the default size under built-in scenarios is worth keeping.
        return TypedResults.Ok(tonnes == 1 && choice.AllBuiltIn ? FlagshipCache.GetOrAdd(choice.Key, _ => Compute()) : Compute());
    }

    private static async Task<(RouteAnswer? Answer, FieldErrors Errors)> AnswerAsync(
        RouteParameters parameters, ScenarioBook book, RoutePlanners planners, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var scenarios = RouteQuestion.Scenarios(parameters);
        var choice = await book.ApplyAsync(scenarios, caller, cancellationToken);
        if (choice.Applied is not { } applied)
        {
            errors.Add("scenario", choice.Problem!);
            return (null, errors);
        }
        var request = RouteQuestion.Parse(parameters, applied.Dataset, errors);
        if (request is null)
            return (null, errors);
        var (adjusted, noRoute, notes) = ScenarioRouting.Adjust(applied, request);
        if (noRoute is not null)
            return (new RouteAnswer(request.From, request.To, request.Commodity.Id, request.Tonnes, scenarios, request.Constraints.Describe(), [], noRoute, notes), errors);
        var answer = RouteQuestion.Answer(planners.For(applied.Dataset), adjusted, parameters, scenarios);
        return (notes.Count == 0 ? answer : answer with { Notes = [.. answer.Notes, .. notes] }, errors);
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
