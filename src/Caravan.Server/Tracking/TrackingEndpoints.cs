using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Tracking;
using Caravan.Questions.Contracts.Tracking;
using Caravan.Questions.Fields;
using Caravan.Questions.Tracking;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Server.Scenarios;
using Caravan.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Tracking;

/// <summary>
/// <c>/api/track</c>: register consignments and ingest events (an analyst key: the API's writer role),
/// read status, ETA and alerts (any reader). The same answers as <c>caravan track</c>.
/// </summary>
public static class TrackingEndpoints
{
    /// <summary>Maps the tracking resource.</summary>
    public static IEndpointRouteBuilder MapTracking(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/track").WithTags("Tracking");
        group.MapPost("/consignments", Register).RequireAuthorization(Policies.Analyst).WithSummary("Register consignments: a JSON array (analyst key)");
        group.MapPost("/events", Ingest).RequireAuthorization(Policies.Analyst)
            .WithSummary("Ingest an EPCIS 2.0, DCSA T&T 2.2 or milestone document (analyst key); accepted, rejected, duplicate and retracted counts with each rejection located");
        group.MapGet("/status", Status).RequireAuthorization(Policies.Read).WithSummary("Where each consignment (or ?id=) stands, with its timeline");
        group.MapGet("/consignments/{id}/eta", Eta).RequireAuthorization(Policies.Read).WithSummary("P10/P50/P90 arrival, P(on time), calibrated interval and carrier estimate");
        group.MapGet("/alerts", Alerts).RequireAuthorization(Policies.Read).WithSummary("Alerts raised so far (or ?id=)");
        group.MapPost("/alerts/check", Check).RequireAuthorization(Policies.Analyst).WithSummary("Check the alert rules now and store the new alerts (analyst key)");
        return app;
    }

    private static TrackingStore Tracking(CaravanStore store, Dataset dataset, ScenarioBook book, TimeProvider clock) =>
        new(store, dataset, book.Catalog, clock);

    private static async Task<Results<Created<IReadOnlyList<string>>, ValidationProblem>> Register(HttpRequest request, CaravanStore store, Dataset dataset,
        ScenarioBook book, TimeProvider clock, CancellationToken cancellationToken)
    {
        var text = await ReadBodyAsync(request, cancellationToken);
        var consignments = TrackingJson.ReadConsignments(text, "body", out var problems);
        var errors = new FieldProblems();
        if (consignments is null)
        {
            foreach (var p in problems)
                errors.Add("body", p.ToString());
            return errors.ToProblem("Invalid consignments");
        }
        var refused = await Tracking(store, dataset, book, clock).RegisterAsync(consignments, cancellationToken);
        foreach (var (index, problem) in refused)
            errors.Add($"[{index}]", problem);
        if (!errors.IsEmpty)
            return errors.ToProblem("Invalid consignments");
        return TypedResults.Created("/api/track/status", (IReadOnlyList<string>)consignments.Select(c => c.Id).ToArray());
    }

    private static async Task<Results<Ok<IngestAnswer>, ValidationProblem>> Ingest(HttpRequest request, string? format, string? file, CaravanStore store,
        Dataset dataset, ScenarioBook book, TimeProvider clock, CancellationToken cancellationToken)
    {
        EventFormat? chosen = null;
        if (format is not null)
        {
            if (!SnakeCase.TryParse<EventFormat>(format, out var f))
                return new FieldProblems().Add("format", $"format is one of {string.Join(", ", SnakeCase.Names<EventFormat>())}").ToProblem();
            chosen = f;
        }
        var name = string.IsNullOrWhiteSpace(file) ? "body" : file;
        var text = await ReadBodyAsync(request, cancellationToken);
        var (detected, result) = await Tracking(store, dataset, book, clock).IngestAsync(text, name, chosen, cancellationToken);
        return TypedResults.Ok(TrackingAnswers.Ingest(name, detected, result));
    }

    private static async Task<Results<Ok<StatusAnswer>, ProblemHttpResult>> Status(string? id, CaravanStore store, Dataset dataset, ScenarioBook book,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var desk = await Tracking(store, dataset, book, clock).LoadAsync(10, 1, cancellationToken);
        var chosen = desk.Consignments.Where(c => id is null || c.Id == id).OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
        if (id is not null && chosen.Length == 0)
            return ApiProblems.NotFound("id", $"no consignment '{id}'{Suggestions.DidYouMean(id, desk.Consignments.Select(c => c.Id))}");
        return TypedResults.Ok(new StatusAnswer(clock.GetUtcNow(), chosen.Select(c => TrackingAnswers.View(desk.Status(c), desk.EventsOf(c))).ToArray()));
    }

    private static async Task<Results<Ok<EtaAnswer>, ProblemHttpResult, ValidationProblem>> Eta(string id, int? runs, ulong? seed, CaravanStore store,
        Dataset dataset, ScenarioBook book, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (runs is < 10 or > 100_000)
            return new FieldProblems().Add("runs", "runs is between 10 and 100,000").ToProblem();
        var desk = await Tracking(store, dataset, book, clock).LoadAsync(runs ?? 1000, seed ?? 1, cancellationToken);
        if (desk.Find(id) is not { } consignment)
            return ApiProblems.NotFound("id", $"no consignment '{id}'{Suggestions.DidYouMean(id, desk.Consignments.Select(c => c.Id))}");
        return TypedResults.Ok(TrackingAnswers.Eta(consignment, desk.Eta(consignment, cancellationToken)));
    }

    private static async Task<Ok<AlertsAnswer>> Alerts(string? id, CaravanStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var stored = await store.AlertsAsync(id, cancellationToken);
        var views = stored.Select(a => new AlertView(a.Consignment, a.Kind, a.Subject, a.RaisedAt, a.Reason)).ToArray();
        return TypedResults.Ok(new AlertsAnswer(clock.GetUtcNow(), [], views));
    }

    private static async Task<Ok<AlertsAnswer>> Check(string? id, CaravanStore store, Dataset dataset, ScenarioBook book, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (desk, raised) = await Tracking(store, dataset, book, clock).CheckAlertsAsync(id, 1000, 1, cancellationToken);
        var all = desk.Alerts.Raised.Where(a => id is null || a.Consignment == id).Select(TrackingAnswers.View).ToArray();
        return TypedResults.Ok(new AlertsAnswer(clock.GetUtcNow(), raised.Select(TrackingAnswers.View).ToArray(), all));
    }

    // The request limits middleware has already bounded the body's size.
    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
