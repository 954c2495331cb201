using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Core.Data;
using Caravan.Questions.Contracts;

namespace Caravan.Cli.Output;

/// <summary>Routes as an RFC 7946 FeatureCollection: one LineString per leg, with the leg's figures as properties.</summary>
public static class RouteGeoJson
{
    /// <summary>The legs of every route in <paramref name="result"/>.</summary>
    public static string Write(Dataset dataset, RouteAnswer result)
    {
        var features = new JsonArray();
        foreach (var route in result.Routes)
        {
            foreach (var leg in route.Legs)
            {
                var from = dataset.FindNode(leg.From)!;
                var to = dataset.FindNode(leg.To)!;
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
                        ["rank"] = route.Rank,
                        ["from"] = leg.From,
                        ["to"] = leg.To,
                        ["mode"] = leg.Mode,
                        ["link"] = leg.Link,
                        ["km"] = leg.Km,
                        ["hours"] = leg.Hours,
                        ["costUsd"] = leg.CostUsd,
                        ["co2Kg"] = leg.Co2Kg,
                    },
                });
            }
        }
        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = features,
            ["noRouteReason"] = result.NoRouteReason,
        };
        return collection.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
