using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Optimization.Flows;

namespace Caravan.Cli.Commands;

/// <summary>Flow reports as GeoJSON; their JSON is the contract <see cref="Questions.Contracts.FlowAnswer"/>.</summary>
public static class FlowJson
{
    /// <summary>An RFC 7946 FeatureCollection: one LineString per link and direction that carries flow.</summary>
    public static string GeoJson(Dataset dataset, FlowReport report)
    {
        var features = new JsonArray();
        foreach (var group in report.Flows.GroupBy(f => (f.Link, f.Direction)))
        {
            var first = group.First();
            var from = dataset.FindNode(first.From)!;
            var to = dataset.FindNode(first.To)!;
            var commodities = new JsonObject();
            foreach (var f in group)
                commodities[f.Commodity] = f.Tonnes;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject
                {
                    ["type"] = "LineString",
                    ["coordinates"] = new JsonArray(new JsonArray(from.Lon, from.Lat), new JsonArray(to.Lon, to.Lat)),
                },
                ["properties"] = new JsonObject
                {
                    ["link"] = first.Link,
                    ["direction"] = first.Direction,
                    ["mode"] = SnakeCase.Name(dataset.Links.First(l => l.Id == first.Link).Mode),
                    ["tonnes"] = group.Sum(f => f.Tonnes),
                    ["utilisation"] = first.Utilisation,
                    ["commodities"] = commodities,
                    ["scenario"] = report.Scenario,
                },
            });
        }
        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
        return collection.ToJsonString(new JsonSerializerOptions(JsonOutput.Options) { WriteIndented = false });
    }
}
