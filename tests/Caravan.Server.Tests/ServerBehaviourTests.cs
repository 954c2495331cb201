using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests;

public sealed class ServerBehaviourTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    [Fact]
    public async Task Body_OverSizeLimit_413ProblemNamesBody()
    {
        var analyst = await factory.ClientAsync("big", Role.Analyst);
        using var content = new StringContent("{\"scenario\":\"" + new string('x', 2 << 20) + "\"}", Encoding.UTF8, "application/json");
        var body = await ProblemAssert.IsProblem(await analyst.PostAsync("/api/scenarios", content), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("body", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_404Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryResource()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[]
                 {
                     "/api/network", "/api/network/nodes", "/api/network/geojson", "/api/commodities", "/api/scenarios", "/api/scenarios/validate",
                     "/api/routes", "/api/routes/flagship", "/api/flows", "/api/flows/compare", "/api/flows/{id}", "/api/flows/{id}/cancel", "/api/flows/{id}/results", "/api/simulations", "/api/simulations/{id}/cancel",
                     "/api/simulations/{id}/results", "/api/risk", "/api/risk/whatif", "/api/runs", "/api/runs/compare", "/api/runs/{id}",
                 })
            Assert.Contains(expected, paths);
    }

    [Fact]
    public async Task Reference_Page_LoadsNothingFromOutside()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/api/reference/");
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"https?://", html);
    }

    [Fact]
    public async Task Dashboard_Index_ServedWithPolicyForbiddingOtherOrigins()
    {
        var response = await factory.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<title>Caravan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
