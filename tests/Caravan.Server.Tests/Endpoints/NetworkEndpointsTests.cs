using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Core.Data;

namespace Caravan.Server.Tests.Endpoints;

public sealed class NetworkEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetNetwork_BuiltIn_CountsMatchDataset()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/network");
        Assert.Equal("eurasia", body.GetProperty("dataset").GetString());
        Assert.Equal(Eurasia.Nodes.Count, body.GetProperty("nodes").GetInt32());
        Assert.Equal(Eurasia.Links.Count, body.GetProperty("links").GetInt32());
        Assert.Equal(Eurasia.Countries.Count, body.GetProperty("countries").GetArrayLength());
        Assert.Contains("ferry", body.GetProperty("modes").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task GetNodes_OfKind_OnlyThatKind()
    {
        var ports = await _client.GetFromJsonAsync<JsonElement>("/api/network/nodes?kind=port");
        Assert.Equal(Eurasia.Nodes.Count(n => n.Kind == Core.Network.NodeKind.Port), ports.GetArrayLength());
        Assert.All(ports.EnumerateArray(), p => Assert.Equal("port", p.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task GetNodes_PortWithTeuCapacity_ShowsValueAndUnit()
    {
        var ports = await _client.GetFromJsonAsync<JsonElement>("/api/network/nodes?kind=port");
        var poti = ports.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "GEPTI");
        var aktau = ports.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "KZAAU");

        Assert.Equal((2055.0, "TEU"), (poti.GetProperty("capacityPerDay").GetDouble(), poti.GetProperty("capacityUnit").GetString()));
        Assert.Equal(JsonValueKind.Null, poti.GetProperty("capacityTonnesPerDay").ValueKind);
        Assert.Equal("t", aktau.GetProperty("capacityUnit").GetString());
    }

    [Fact]
    public async Task GetNodes_UnknownKind_ProblemNamesKind()
    {
        var message = await ProblemAssert.NamesField(await _client.GetAsync("/api/network/nodes?kind=castle"), "kind");
        Assert.Contains("castle", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNode_Known_HasPositionAndCountry()
    {
        var node = await _client.GetFromJsonAsync<JsonElement>("/api/network/nodes/JPYOK");
        Assert.Equal("JP", node.GetProperty("country").GetString());
        Assert.Equal(Eurasia.FindNode("JPYOK")!.Lat, node.GetProperty("lat").GetDouble());
    }

    [Fact]
    public async Task GetNode_Unknown_404NamesId()
    {
        await ProblemAssert.IsProblemFor(await _client.GetAsync("/api/network/nodes/XXNOPE"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task GetLinks_OfMode_AndOneLink()
    {
        var ferries = await _client.GetFromJsonAsync<JsonElement>("/api/network/links?mode=ferry");
        Assert.Equal(Eurasia.Links.Count(l => l.Mode == Core.Network.Mode.Ferry), ferries.GetArrayLength());
        var id = ferries[0].GetProperty("id").GetString();
        var link = await _client.GetFromJsonAsync<JsonElement>($"/api/network/links/{id}");
        Assert.Equal("ferry", link.GetProperty("mode").GetString());
        await ProblemAssert.NamesField(await _client.GetAsync("/api/network/links?mode=teleport"), "mode");
        await ProblemAssert.IsProblemFor(await _client.GetAsync("/api/network/links/no-such-link"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task GetGeoJson_BuiltIn_OneFeaturePerNodeAndLink()
    {
        var response = await _client.GetAsync("/api/network/geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Eurasia.Nodes.Count + Eurasia.Links.Count, body.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task GetCommodities_All_AndOneByName()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/commodities");
        Assert.Equal(Eurasia.Commodities.Count, all.GetArrayLength());
        var uranium = await _client.GetFromJsonAsync<JsonElement>("/api/commodities/u3o8");
        Assert.Contains("air", uranium.GetProperty("forbiddenModes").EnumerateArray().Select(m => m.GetString()));
        var missing = await ProblemAssert.IsProblemFor(await _client.GetAsync("/api/commodities/galium"), HttpStatusCode.NotFound, "id");
        Assert.Contains("gallium", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
