using System.Security.Claims;
using System.Text.Json;
using Caravan.Questions.Fields;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Runs;

/// <summary><c>/api/runs</c>: the history of stored runs, one run with its results, and two runs compared.</summary>
public static class RunEndpoints
{
    /// <summary>Maps the runs resource.</summary>
    public static IEndpointRouteBuilder MapRuns(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/runs").WithTags("Runs").RequireAuthorization(Policies.Read);
        group.MapGet("/", List).WithSummary("Newest runs first, optionally of one kind");
        group.MapGet("/compare", Compare).WithSummary("Two runs side by side: differing inputs and manifest fields, shared numbers with their difference");
        group.MapGet("/{id}", Get).WithSummary("One run with its results");
        return app;
    }

    private static async Task<Results<Ok<List<RunResponse>>, ValidationProblem>> List(
        CaravanStore store, ClaimsPrincipal user, CancellationToken cancellationToken, string? kind = null, int limit = 50)
    {
        if (limit is < 1 or > 1000)
            return new FieldProblems().Add("limit", "between 1 and 1000").ToProblem();
        var caller = Caller.Of(user);
        var runs = await store.ListRunsAsync(limit, kind, caller.Owner, caller.IsAdmin, cancellationToken);
        return TypedResults.Ok(runs.Select(r => RunResponse.From(r)).ToList());
    }

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> Get(string id, CaravanStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // A run under someone else's private scenario is missing to the caller, as the scenario is.
        var run = await store.GetRunAsync(id, cancellationToken);
        if (run is null || !Caller.Of(user).MayRead(run))
            return ApiProblems.NotFound("id", $"no run '{id}'");
        return TypedResults.Ok(RunResponse.From(run, await store.GetRunResultsAsync(id, cancellationToken)));
    }

    private static async Task<Results<Ok<RunComparison>, ValidationProblem, ProblemHttpResult>> Compare(
        CaravanStore store, ClaimsPrincipal user, CancellationToken cancellationToken, string? a = null, string? b = null)
    {
        var errors = new FieldProblems();
        if (string.IsNullOrWhiteSpace(a))
            errors.Add("a", "the id of the first run is required");
        if (string.IsNullOrWhiteSpace(b))
            errors.Add("b", "the id of the second run is required");
        if (!errors.IsEmpty)
            return errors.ToProblem();
        var caller = Caller.Of(user);
        var runA = await store.GetRunAsync(a!, cancellationToken);
        if (runA is null || !caller.MayRead(runA))
            return ApiProblems.NotFound("a", $"no run '{a}'");
        var runB = await store.GetRunAsync(b!, cancellationToken);
        if (runB is null || !caller.MayRead(runB))
            return ApiProblems.NotFound("b", $"no run '{b}'");
        var viewA = RunResponse.From(runA, await store.GetRunResultsAsync(a!, cancellationToken));
        var viewB = RunResponse.From(runB, await store.GetRunResultsAsync(b!, cancellationToken));
        var differences = Differences(viewA, viewB);
        var numbers = Numbers(viewA.Results, viewB.Results);
        return TypedResults.Ok(new RunComparison(viewA with { Results = null }, viewB with { Results = null }, differences, numbers));
    }

    private static List<FieldDifference> Differences(RunResponse a, RunResponse b)
    {
        var leavesA = JsonLeaves.Of(a.Manifest, "manifest");
        var leavesB = JsonLeaves.Of(b.Manifest, "manifest");
        foreach (var (path, value) in JsonLeaves.Of(a.Inputs, "inputs"))
            leavesA[path] = value;
        foreach (var (path, value) in JsonLeaves.Of(b.Inputs, "inputs"))
            leavesB[path] = value;
        return leavesA.Keys.Union(leavesB.Keys).Order(StringComparer.Ordinal)
            .Where(p => p != "manifest.wallSeconds" && p != "manifest.inputsSha256")
            .Select(p => (p, va: leavesA.TryGetValue(p, out var x) ? x : (JsonElement?)null, vb: leavesB.TryGetValue(p, out var y) ? y : (JsonElement?)null))
            .Where(t => t.va?.GetRawText() != t.vb?.GetRawText())
            .Select(t => new FieldDifference(t.p, t.va, t.vb))
            .ToList();
    }

    private static List<NumberDifference> Numbers(JsonElement? a, JsonElement? b)
    {
        if (a is null || b is null)
            return [];
        var leavesA = JsonLeaves.Of(a.Value, "results");
        var leavesB = JsonLeaves.Of(b.Value, "results");
        return leavesA
            .Where(l => l.Value.ValueKind == JsonValueKind.Number && leavesB.TryGetValue(l.Key, out var other) && other.ValueKind == JsonValueKind.Number)
            .Select(l => (l.Key, x: l.Value.GetDouble(), y: leavesB[l.Key].GetDouble()))
            .Select(t => new NumberDifference(t.Key, t.x, t.y, t.y - t.x))
            .ToList();
    }
}
