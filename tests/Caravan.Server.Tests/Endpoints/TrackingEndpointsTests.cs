using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

/// <summary>/api/track on the made-up sample feed: a writer key registers and ingests, a reader sees status, ETA and alerts.</summary>
public sealed class TrackingEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private static string Sample(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Caravan.slnx")))
            directory = directory.Parent;
        return File.ReadAllText(Path.Combine(directory!.FullName, "docs", "examples", "tracking", file));
    }

    [Fact]
    public async Task Track_SampleFeed_IngestedAndAnswered()
    {
        var writer = await factory.ClientAsync("tracker", Role.Analyst);
        var reader = await factory.ClientAsync("viewer", Role.Viewer);

        var refused = await reader.PostAsync("/api/track/events", new StringContent(Sample("uranium-dcsa.json")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var registered = await writer.PostAsync("/api/track/consignments", new StringContent(Sample("consignments.json")));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        foreach (var file in new[] { "gallium-epcis.jsonld", "uranium-milestones.csv", "uranium-dcsa.json" })
        {
            var answer = await (await writer.PostAsync($"/api/track/events?file={file}", new StringContent(Sample(file)))).Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(answer.GetProperty("accepted").GetInt32() > 0, answer.ToString());
            Assert.Equal(0, answer.GetProperty("rejected").GetInt32());
        }
        var again = await (await writer.PostAsync("/api/track/events", new StringContent(Sample("uranium-dcsa.json")))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, again.GetProperty("duplicate").GetInt32());

        var status = await reader.GetFromJsonAsync<JsonElement>("/api/track/status?id=U-DEMO-1");
        var uranium = status.GetProperty("consignments")[0];
        Assert.Equal("KZAAU", uranium.GetProperty("node").GetString());
        Assert.Equal("at_node", uranium.GetProperty("state").GetString());

        var eta = await reader.GetFromJsonAsync<JsonElement>("/api/track/consignments/U-DEMO-1/eta?runs=200");
        Assert.True(eta.GetProperty("p10").GetDateTimeOffset() <= eta.GetProperty("p50").GetDateTimeOffset());
        Assert.False(eta.GetProperty("calibrated").GetBoolean());
        Assert.Equal(19, eta.GetProperty("fan").GetArrayLength());

        var checkedNow = await (await writer.PostAsync("/api/track/alerts/check", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(checkedNow.GetProperty("raised").EnumerateArray(), a => a.GetProperty("kind").GetString() == "sensor_out_of_limits");
        var listed = await reader.GetFromJsonAsync<JsonElement>("/api/track/alerts?id=GA-DEMO-1");
        Assert.All(listed.GetProperty("alerts").EnumerateArray(), a => Assert.Equal("GA-DEMO-1", a.GetProperty("consignment").GetString()));

        var missing = await reader.GetAsync("/api/track/consignments/U-DEMO-9/eta");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var badFormat = await writer.PostAsync("/api/track/events?format=xml", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }
}
