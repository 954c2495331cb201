using Caravan.Server.Access;
using Caravan.Server.Problems;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/risk</c>: supply risk per mineral and the importer's what-if.</summary>
public static class RiskEndpoints
{
    /// <summary>Maps the risk resource.</summary>
    public static IEndpointRouteBuilder MapRisk(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/risk").WithTags("Risk").RequireAuthorization(Policies.Read);
        group.MapGet("/", () => ApiProblems.NotAvailable("the risk method")).WithSummary("Supply risk per mineral");
        return app;
    }
}
