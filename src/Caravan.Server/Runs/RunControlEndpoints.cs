using System.Security.Claims;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Server.Runs;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Runs;

/// <summary><c>{id}</c>, <c>{id}/cancel</c> and <c>{id}/results</c> under a resource whose work runs in the background (simulations, flows).</summary>
public static class RunControlEndpoints
{
    /// <summary>Maps progress, cancel and results for runs of <paramref name="kind"/> under <paramref name="group"/> (at <paramref name="basePath"/>).</summary>
    public static RouteGroupBuilder MapRunControls(this RouteGroupBuilder group, string kind, string basePath, string resultsSummary)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{id}", (string id, CaravanStore store, ClaimsPrincipal user, CancellationToken ct) => Progress(kind, id, store, user, ct))
            .RequireAuthorization(Policies.Read).WithSummary("Status and progress (0-1)");
        group.MapPost("/{id}/cancel", (string id, CaravanStore store, RunQueue queue, ClaimsPrincipal user, CancellationToken ct) => Cancel(kind, basePath, id, store, queue, user, ct))
            .RequireAuthorization(Policies.Analyst).WithSummary($"Stop a queued or running {kind} (who started it, or an admin)");
        group.MapGet("/{id}/results", (string id, CaravanStore store, ClaimsPrincipal user, CancellationToken ct) => Results(kind, id, store, user, ct))
            .RequireAuthorization(Policies.Read).WithSummary(resultsSummary);
        return group;
    }

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> Progress(string kind, string id, CaravanStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Find(kind, id, store, user, cancellationToken) is { } run ? TypedResults.Ok(RunResponse.From(run)) : ApiProblems.NotFound("id", $"no {kind} '{id}'");

    private static async Task<Results<Accepted<RunResponse>, ProblemHttpResult>> Cancel(
        string kind, string basePath, string id, CaravanStore store, RunQueue queue, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var run = await Find(kind, id, store, user, cancellationToken);
        if (run is null)
            return ApiProblems.NotFound("id", $"no {kind} '{id}'");
        if (!Caller.Of(user).MayCancel(run))
            return ApiProblems.Forbidden($"{kind} '{id}' was started by {run.Owner}; only they or an admin may cancel it");
        if (run.IsFinal || !await store.CancelRunAsync(id, cancellationToken))
            return ApiProblems.Conflict("id", $"{kind} '{id}' has already finished ({run.Status.ToString().ToLowerInvariant()})");
        queue.Cancel(id);
        return TypedResults.Accepted($"{basePath}/{id}", RunResponse.From((await store.GetRunAsync(id, cancellationToken))!));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Results(string kind, string id, CaravanStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var run = await Find(kind, id, store, user, cancellationToken);
        if (run is null)
            return ApiProblems.NotFound("id", $"no {kind} '{id}'");
        if (run.Status != RunStatus.Succeeded)
            return ApiProblems.Conflict("id", $"{kind} '{id}' has no results: it is {run.Status.ToString().ToLowerInvariant()}{(run.Error is null ? "" : $" ({run.Error})")}");
        return TypedResults.Content(await store.GetRunResultsAsync(id, cancellationToken), "application/json");
    }

    // A run under someone else's private scenario is missing to the caller, as the scenario is.
    private static async Task<StoredRun?> Find(string kind, string id, CaravanStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await store.GetRunAsync(id, cancellationToken) is { } run && run.Kind == kind && Caller.Of(user).MayRead(run) ? run : null;
}
