using Caravan.Server.Access;
using Caravan.Server.Problems;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/simulations</c>: Monte Carlo runs in the background: start, progress, cancel, results.</summary>
public static class SimulationEndpoints
{
    /// <summary>Maps the simulations resource.</summary>
    public static IEndpointRouteBuilder MapSimulations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/simulations").WithTags("Simulations");
        group.MapPost("/", () => ApiProblems.NotAvailable("the simulator")).RequireAuthorization(Policies.Analyst);
        return app;
    }
}
