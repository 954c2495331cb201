using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Server.Access;
using Caravan.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Network;

/// <summary><c>/api/network</c>: overview, nodes, links and the GeoJSON of the loaded dataset.</summary>
public static class NetworkEndpoints
{
    /// <summary>Maps the network resource.</summary>
    public static IEndpointRouteBuilder MapNetwork(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/network").WithTags("Network").RequireAuthorization(Policies.Read);
        group.MapGet("/", Overview).WithSummary("Counts, countries, chokepoints, node kinds and modes");
        group.MapGet("/nodes", Nodes).WithSummary("Nodes, optionally of one kind or country");
        group.MapGet("/nodes/{id}", Node).WithSummary("One node");
        group.MapGet("/links", Links).WithSummary("Links, optionally of one mode");
        group.MapGet("/links/{id}", Link).WithSummary("One link");
        group.MapGet("/geojson", GeoJson).WithSummary("The network as an RFC 7946 FeatureCollection")
            .Produces<string>(StatusCodes.Status200OK, "application/geo+json");
        return app;
    }

    private static Ok<NetworkResponse> Overview(Dataset dataset) => TypedResults.Ok(new NetworkResponse(
        dataset.Name, dataset.Nodes.Count, dataset.Links.Count,
        dataset.Countries.Select(c => new CountryResponse(c.Code, c.Name)).OrderBy(c => c.Code, StringComparer.Ordinal).ToList(),
        dataset.Chokepoints.Select(c => new ChokepointResponse(c.Id, c.Name, c.Lat, c.Lon)).ToList(),
        dataset.Nodes.Select(n => SnakeCase.Name(n.Kind)).Distinct().Order(StringComparer.Ordinal).ToList(),
        dataset.Links.Select(l => SnakeCase.Name(l.Mode)).Distinct().Order(StringComparer.Ordinal).ToList()));

    private static Results<Ok<List<NodeResponse>>, ValidationProblem> Nodes(Dataset dataset, string? kind = null, string? country = null)
    {
        if (kind is not null && !SnakeCase.TryParse<NodeKind>(kind, out _))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["kind"] = [$"unknown node kind '{kind}'; one of {string.Join(", ", SnakeCase.Names<NodeKind>())}"],
            });
        return TypedResults.Ok(dataset.Nodes
            .Where(n => kind is null || SnakeCase.Name(n.Kind).Equals(kind, StringComparison.OrdinalIgnoreCase))
            .Where(n => country is null || n.Country.Equals(country, StringComparison.OrdinalIgnoreCase))
            .Select(NodeResponse.From).ToList());
    }

    private static Results<Ok<NodeResponse>, ProblemHttpResult> Node(Dataset dataset, string id) =>
        dataset.FindNode(id) is { } node ? TypedResults.Ok(NodeResponse.From(node)) : ApiProblems.NotFound("id", $"no node '{id}'");

    private static Results<Ok<List<LinkResponse>>, ValidationProblem> Links(Dataset dataset, string? mode = null)
    {
        if (mode is not null && !SnakeCase.TryParse<Mode>(mode, out _))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["mode"] = [$"unknown mode '{mode}'; one of {string.Join(", ", SnakeCase.Names<Mode>())}"],
            });
        return TypedResults.Ok(dataset.Links
            .Where(l => mode is null || SnakeCase.Name(l.Mode).Equals(mode, StringComparison.OrdinalIgnoreCase))
            .Select(LinkResponse.Of).ToList());
    }

    private static Results<Ok<LinkResponse>, ProblemHttpResult> Link(Dataset dataset, string id) =>
        dataset.Links.FirstOrDefault(l => l.Id == id) is { } link ? TypedResults.Ok(LinkResponse.Of(link)) : ApiProblems.NotFound("id", $"no link '{id}'");

    private static IResult GeoJson(Dataset dataset) => TypedResults.Text(GeoJsonNetwork.Export(dataset), "application/geo+json");
}
