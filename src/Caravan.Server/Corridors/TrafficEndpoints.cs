using System.Security.Claims;
using Caravan.Questions.Contracts;
using Caravan.Questions.Corridors;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Caravan.Server.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Corridors;

/// <summary><c>/api/traffic</c>: the corridors' background freight at equilibrium under a scenario, answered at once (well under a second on the built-in data).</summary>
public static class TrafficEndpoints
{
    /// <summary>Maps the traffic resource.</summary>
    public static IEndpointRouteBuilder MapTraffic(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/traffic").WithTags("Corridor traffic")
            .MapGet("/", Query).RequireAuthorization(Policies.Read)
            .WithSummary("Corridor families' volumes and every loaded element's load, utilisation and delay under the scenarios, beside the baseline (the same answer as caravan assign)");
        return app;
    }

    private static async Task<Results<Ok<TrafficAnswer>, ValidationProblem>> Query(
        [AsParameters] TrafficFields fields, ScenarioBook book, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var parsed = await TrafficQuestion.ParseAsync(fields, book.For(Caller.Of(user)), cancellationToken);
        return parsed.Question is { } question ? TypedResults.Ok(await question.AnswerAsync(cancellationToken)) : parsed.Problems.ToProblem("Invalid traffic question");
    }
}
