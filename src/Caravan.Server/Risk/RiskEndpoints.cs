using Caravan.Core.Data;
using Caravan.Core.Risk;
using Caravan.Questions.Contracts;
using Caravan.Questions.Risk;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Risk;

/// <summary><c>/api/risk</c>: supply risk per mineral (EU CRM method) for an importer, and the importer's what-if.</summary>
public static class RiskEndpoints
{
    /// <summary>Maps the risk resource.</summary>
    public static IEndpointRouteBuilder MapRisk(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/risk").WithTags("Risk").RequireAuthorization(Policies.Read);
        group.MapGet("/", Report).WithSummary("Supply risk per mineral, world and (with importer=) the importer's sourcing and corridor exposure");
        group.MapGet("/whatif", WhatIf).WithSummary("Add (KZ:15 t/yr or KZ:10%), remove or ban sources of an importer's supply; HHI and SR before and after");
        return app;
    }

    private static Results<Ok<RiskAnswer>, ValidationProblem> Report([AsParameters] RiskFields fields, Dataset dataset, MineralsData minerals, TimeProvider clock)
    {
        var parsed = RiskQuestion.Parse(fields, minerals, dataset, Today(clock));
        return parsed.Question is { } question
            ? TypedResults.Ok(question.Answer(question.Assess(), []))
            : parsed.Problems.ToProblem("Invalid risk question");
    }

    private static Results<Ok<WhatIfAnswer>, ValidationProblem> WhatIf([AsParameters] WhatIfFields fields, Dataset dataset, MineralsData minerals, TimeProvider clock)
    {
        var parsed = WhatIfQuestion.Parse(fields, minerals, dataset, Today(clock));
        return parsed.Question is { } question
            ? TypedResults.Ok(question.Answer(question.CorridorAfter(), []))
            : parsed.Problems.ToProblem("Invalid what-if");
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
