using Caravan.Core.Data;
using Caravan.Questions.Contracts;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Commodities;

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

    private static Ok<List<CommodityView>> List(Dataset dataset) =>
        TypedResults.Ok(dataset.Commodities.Select(CommodityView.From).ToList());

    private static Results<Ok<CommodityView>, ProblemHttpResult> One(Dataset dataset, string id) =>
        Lookup.Commodity(dataset, id) is { Match: { } c } ? TypedResults.Ok(CommodityView.From(c)) : ApiProblems.NotFound("id", Lookup.Commodity(dataset, id).Error ?? $"no commodity '{id}'");
}
