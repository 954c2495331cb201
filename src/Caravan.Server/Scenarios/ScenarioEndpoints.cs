using System.Security.Claims;
using System.Text.Json;
using Caravan.Questions.Fields;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Server.Scenarios;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Scenarios;

/// <summary><c>/api/scenarios</c>: list, get, validate, create and delete scenarios; private ones only for their owner and admins.</summary>
public static class ScenarioEndpoints
{
    /// <summary>Maps the scenarios resource.</summary>
    public static IEndpointRouteBuilder MapScenarios(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scenarios").WithTags("Scenarios");
        group.MapGet("/", List).RequireAuthorization(Policies.Read).WithSummary("Built-in scenarios and the stored ones the caller may see");
        group.MapGet("/{id}", Get).RequireAuthorization(Policies.Read).WithSummary("One scenario");
        group.MapPost("/validate", Validate).RequireAuthorization(Policies.Read).WithSummary("Check a scenario document without storing it");
        group.MapPost("/", Create).RequireAuthorization(Policies.Analyst).WithSummary("Store a user scenario (analyst key)");
        group.MapDelete("/{id}", Delete).RequireAuthorization(Policies.Analyst).WithSummary("Delete a user scenario (its owner or an admin)");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ScenarioResponse>>> List(ScenarioBook book, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await book.ListAsync(Caller.Of(user), cancellationToken));

    private static async Task<Results<Ok<ScenarioResponse>, ProblemHttpResult>> Get(string id, ScenarioBook book, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await book.FindAsync(id, Caller.Of(user), cancellationToken) is { } s ? TypedResults.Ok(s) : ApiProblems.NotFound("id", $"no scenario '{id}'");

    private static Ok<ScenarioValidation> Validate(ScenarioCreateRequest request, ScenarioBook book) => TypedResults.Ok(book.Check(request).Validation);

    private static async Task<Results<Created<ScenarioResponse>, ValidationProblem, ProblemHttpResult>> Create(
        ScenarioCreateRequest request, ScenarioBook book, CaravanStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (check, document) = book.Check(request);
        if (document is not { } scenario)
        {
            var errors = new FieldProblems();
            foreach (var p in check.Problems)
                errors.Add(p.Field, p.Line > 0 ? $"line {p.Line}, column {p.Column}: {p.Message}" : p.Message);
            return errors.ToProblem("Invalid scenario");
        }
        var id = scenario.GetProperty("name").GetString()!;
        var caller = Caller.Of(user);
        if (await book.CreateAsync(id, caller, request.Shared, JsonSerializer.Serialize(scenario), cancellationToken) is null)
            return ApiProblems.Conflict(request.ScenarioYaml is null ? "scenario.name" : "scenarioYaml.name", $"a scenario named '{id}' exists; pick another name or delete it first");
        var created = await book.FindAsync(id, caller, cancellationToken);
        return TypedResults.Created($"/api/scenarios/{id}", created);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, ScenarioBook book, CaravanStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        if (book.IsBuiltIn(id))
            return ApiProblems.Forbidden($"'{id}' is built into the dataset and cannot be deleted");
        var stored = await book.FindStoredAsync(id, caller, cancellationToken);
        // Someone else's private scenario is reported as missing, so its existence does not leak.
        if (stored is null)
            return ApiProblems.NotFound("id", $"no scenario '{id}'");
        if (!caller.MayChange(stored))
            return ApiProblems.Forbidden($"scenario '{id}' belongs to {stored.Owner}; only they or an admin may delete it");
        await store.DeleteScenarioAsync(stored.Id, cancellationToken);
        return TypedResults.NoContent();
    }
}
