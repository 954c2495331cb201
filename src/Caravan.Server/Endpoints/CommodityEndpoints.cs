using Caravan.Core.Data;
using Caravan.Server.Access;
using Caravan.Server.Contracts;
using Caravan.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/commodities</c>: what can move, its value and its restrictions.</summary>
public static class CommodityEndpoints
{
    /// <summary>Maps the commodities resource.</summary>
    public static IEndpointRouteBuilder MapCommodities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/commodities").WithTags("Commodities").RequireAuthorization(Policies.Read);
        group.MapGet("/", List).WithSummary("Every commodity");
        group.MapGet("/{id}", One).WithSummary("One commodity by id or name");
        return app;
    }

    private static Ok<List<CommodityResponse>> List(Dataset dataset) =>
        TypedResults.Ok(dataset.Commodities.Select(CommodityResponse.From).ToList());

    private static Results<Ok<CommodityResponse>, ProblemHttpResult> One(Dataset dataset, string id) =>
        Lookup.Commodity(dataset, id) is { Match: { } c } ? TypedResults.Ok(CommodityResponse.From(c)) : ApiProblems.NotFound("id", Lookup.Commodity(dataset, id).Error ?? $"no commodity '{id}'");
}
