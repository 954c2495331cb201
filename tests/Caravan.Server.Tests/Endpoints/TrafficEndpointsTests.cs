using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Caravan.Server.Tests.Endpoints;

public sealed class TrafficEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Traffic_RussiaClosed_KeepsTheContractAndDivertsWest()
    {
        var response = await _client.GetAsync("/api/traffic?scenario=russia-transit-closed&year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("russia-transit-closed", answer.GetProperty("scenario").GetString());
        Assert.Equal(2025, answer.GetProperty("year").GetInt32());
        var corridors = answer.GetProperty("corridors").EnumerateArray().ToList();
        Assert.Equal(["north", "west", "south", "east", "sea"], corridors.Select(c => c.GetProperty("family").GetString()));
        foreach (var c in corridors)
        {
            Assert.True(c.GetProperty("tonnesPerYear").GetDouble() >= 0);
            Assert.True(c.GetProperty("teuPerYear").GetDouble() >= 0);
        }
        var west = corridors.Single(c => c.GetProperty("family").GetString() == "west");
        Assert.True(west.GetProperty("tonnesPerYear").GetDouble() > west.GetProperty("baselineTonnesPerYear").GetDouble());
        Assert.True(west.GetProperty("divertedTonnesPerYear").GetDouble() > 0);

        var elements = answer.GetProperty("elements").EnumerateArray().ToList();
        Assert.NotEmpty(elements);
        foreach (var e in elements)
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("kind").GetString()));
            var volume = e.GetProperty("volume").GetDouble();
            var capacity = e.GetProperty("capacity").GetDouble();
            Assert.True(volume >= 0 && capacity >= 0);
            if (capacity > 0)
                Assert.Equal(volume / capacity, e.GetProperty("utilisation").GetDouble(), 0.01);
            Assert.True(e.GetProperty("delayHours").GetDouble() >= 0);
        }
        // Most utilised first, and the Caspian crossing is among the loaded elements.
        var use = elements.Select(e => e.GetProperty("utilisation").GetDouble()).ToList();
        Assert.Equal(use.OrderByDescending(u => u), use);
        Assert.Contains(elements, e => e.GetProperty("kind").GetString() == "ferry");
    }

    [Fact]
    public async Task Traffic_ChinaClosed_ListsTheElementsItEmptied()
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>("/api/traffic?scenario=china-transit-closed");

        // China's border crossings with Kazakhstan carry the baseline's freight and nothing once China's transit closes.
        Assert.Contains(answer.GetProperty("emptied").EnumerateArray(), e => e.GetProperty("id").GetString() == "CNAKL");
        var emptied = answer.GetProperty("emptied").EnumerateArray().ToList();
        Assert.NotEmpty(emptied);
        Assert.All(emptied, e => Assert.Equal(0, e.GetProperty("volume").GetDouble()));
        Assert.All(emptied, e => Assert.True(e.GetProperty("baselineVolume").GetDouble() > 0));
        var loaded = answer.GetProperty("elements").EnumerateArray().Select(e => (e.GetProperty("id").GetString(), e.GetProperty("direction").GetString())).ToHashSet();
        Assert.DoesNotContain(emptied, e => loaded.Contains((e.GetProperty("id").GetString(), e.GetProperty("direction").GetString())));
    }

    [Fact]
    public async Task Traffic_Baseline_NothingDivertedNothingEmptied()
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>("/api/traffic");

        Assert.Equal("baseline", answer.GetProperty("scenario").GetString());
        Assert.All(answer.GetProperty("corridors").EnumerateArray(), c => Assert.Equal(0, c.GetProperty("divertedTonnesPerYear").GetDouble()));
        Assert.Empty(answer.GetProperty("emptied").EnumerateArray());
    }

    [Theory]
    [InlineData("scenario=no-such-scenario", "scenario")]
    [InlineData("year=1990", "year")]
    [InlineData("year=2200", "year")]
    [InlineData("year=abc", "year")]
    public async Task Traffic_BadParameter_ProblemNamesIt(string query, string field) =>
        await ProblemAssert.NamesField(await _client.GetAsync($"/api/traffic?{query}"), field);
}
