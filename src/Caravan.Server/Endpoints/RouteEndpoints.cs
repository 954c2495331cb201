using Caravan.Server.Access;
using Caravan.Server.Problems;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/routes</c>: route questions answered at once (they take milliseconds).</summary>
public static class RouteEndpoints
{
    /// <summary>Maps the routes resource.</summary>
    public static IEndpointRouteBuilder MapRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/routes").WithTags("Routes").RequireAuthorization(Policies.Read);
        group.MapGet("/", () => ApiProblems.NotAvailable("the route planner")).WithSummary("Best route, alternatives or the Pareto set");
        return app;
    }
}
