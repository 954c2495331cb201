using System.Globalization;
using System.Security.Claims;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;
using Caravan.Server.Access;
using Caravan.Server.Contracts;
using Caravan.Server.Flows;
using Caravan.Server.Problems;
using Caravan.Server.Routing;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Endpoints;

/// <summary>
/// <c>/api/flows</c>: multi-commodity flows under scenarios, and scenario comparisons, solved in the
/// background (start returns the run id at once; progress, cancel and results as for simulations).
/// </summary>
public static class FlowEndpoints
{
    /// <summary>Most scenario sets one comparison may solve.</summary>
    public const int MaxCompared = 8;

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
        FlowRequest request, ScenarioBook book, RunLauncher launcher, ServerOptions options, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (request.Scenarios is not null)
            errors.Add("scenarios", "one flow composes 'scenario'; to compare several, POST /api/flows/compare");
        var names = RouteQuestion.Scenarios(new RouteParameters { Scenario = request.Scenario });
        var choice = await book.ApplyAsync(names, Caller.Of(user), cancellationToken);
        if (choice.Applied is null)
            errors.Add("scenario", choice.Problem!);
        var flowOptions = Options(request, book.Dataset, options, errors);
        if (!errors.IsEmpty || flowOptions is null || choice.Applied is not { } applied)
            return errors.ToProblem("Invalid flow question");
        var run = await launcher.StartAsync("flow", Caller.Of(user).Owner!, request, names.Count == 0 ? null : applied.Label, null,
            context => FlowJob.RunAsync(applied, flowOptions, context), cancellationToken);
        return StartedOrBusy(run);
    }

    private static async Task<Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult>> Compare(
        FlowRequest request, ScenarioBook book, RunLauncher launcher, ServerOptions options, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var sets = request.Scenarios ?? [];
        if (request.Scenario is not null)
            errors.Add("scenario", "a comparison takes 'scenarios', a list of scenario sets");
        if (sets.Count is < 2 or > MaxCompared)
            errors.Add("scenarios", $"between 2 and {MaxCompared} scenario sets, e.g. [\"baseline\", \"russia-transit-closed\"]");
        var applied = new List<AppliedScenario>();
        for (var i = 0; i < sets.Count && i < MaxCompared; i++)
        {
            var names = (sets[i] ?? "").Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var choice = await book.ApplyAsync(names, Caller.Of(user), cancellationToken);
            if (choice.Applied is null)
                errors.Add($"scenarios[{i}]", choice.Problem!);
            else
                applied.Add(choice.Applied);
        }
        var flowOptions = Options(request, book.Dataset, options, errors);
        if (!errors.IsEmpty || flowOptions is null)
            return errors.ToProblem("Invalid comparison");
        var run = await launcher.StartAsync("flow", Caller.Of(user).Owner!, request, string.Join(" vs ", applied.Select(a => a.Label)), null,
            context => FlowJob.CompareAsync(applied, flowOptions, context), cancellationToken);
        return StartedOrBusy(run);
    }

    private static Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult> StartedOrBusy(Caravan.Storage.StoredRun? run) =>
        run is null
            ? ApiProblems.Unavailable("the run queue is full; try again later")
            : TypedResults.Accepted($"/api/flows/{run.Id}", RunResponse.From(run));

    /// <summary>The flow options <paramref name="request"/> asks for, or null with <paramref name="errors"/> filled.</summary>
    private static FlowOptions? Options(FlowRequest request, Dataset dataset, ServerOptions server, FieldErrors errors)
    {
        var period = (request.Period ?? "year").Trim().ToLowerInvariant() switch
        {
            "year" => 365,
            "quarter" => 91,
            "month" => 30,
            var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days > 0 && days <= 3650 => days,
            _ => double.NaN,
        };
        if (double.IsNaN(period))
            errors.Add("period", $"year, quarter, month or a number of days (more than 0, at most 3650); got '{request.Period}'");
        var commodities = new List<string>();
        foreach (var name in Split(request.Commodity))
        {
            var lookup = Lookup.Commodity(dataset, name);
            if (lookup.Match is { } commodity)
                commodities.Add(commodity.Id);
            else
                errors.Add("commodity", lookup.Error!);
        }
        var codes = dataset.Countries.Select(c => c.Code).ToArray();
        var origins = new List<string>();
        foreach (var code in Split(request.Origins))
        {
            var match = codes.FirstOrDefault(c => c.Equals(code, StringComparison.OrdinalIgnoreCase));
            if (match is null)
                errors.Add("origins", $"unknown country '{code}'{Suggestions.DidYouMean(code.ToUpperInvariant(), codes)}");
            else
                origins.Add(match);
        }
        var method = FlowMethodNames.Parse(request.Method ?? "auto");
        if (method is null)
            errors.Add("method", $"one of {string.Join(", ", FlowMethodNames.All)}; got '{request.Method}'");
        if (request.TimeLimitSeconds is { } limit && !(limit > 0))
            errors.Add("timeLimitSeconds", "more than 0");
        if (request.StartDay is { } day && !(day >= 0 && day < 365))
            errors.Add("startDay", $"a day of the year from 0 (1 January) to 364; got {day.ToString(CultureInfo.InvariantCulture)}");
        if (!errors.IsEmpty)
            return null;
        // The solver stops by the run-length limit anyway, so a cancelled or overlong run frees its core.
        var seconds = Math.Min(request.TimeLimitSeconds ?? server.MaxRunSeconds, server.MaxRunSeconds);
        return new FlowOptions
        {
            PeriodDays = period,
            StartDay = request.StartDay ?? 0,
            Commodities = commodities,
            Origins = origins,
            Solver = new FlowSolverOptions { Method = method!.Value, TimeLimit = TimeSpan.FromSeconds(seconds) },
        };
    }

    private static string[] Split(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
