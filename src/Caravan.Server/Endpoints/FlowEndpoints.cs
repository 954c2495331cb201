using Caravan.Server.Access;
using Caravan.Server.Problems;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/flows</c>: multi-commodity flows (started in the background; results in <c>/api/runs</c>).</summary>
public static class FlowEndpoints
{
    /// <summary>Maps the flows resource.</summary>
    public static IEndpointRouteBuilder MapFlows(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/flows").WithTags("Flows");
        group.MapPost("/", () => ApiProblems.NotAvailable("the flow solver")).RequireAuthorization(Policies.Analyst)
            .WithSummary("Start a flow run (analyst key)");
        return app;
    }
}
