using System.Net.Http.Json;
using System.Text.Json;

namespace Caravan.Server.Tests.Endpoints;

public sealed class RiskEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Risk_GalliumForJapan_ChinaDominatesAndCritical()
    {
        var report = await _client.GetFromJsonAsync<JsonElement>("/api/risk?importer=JP&mineral=gallium");
        Assert.Equal("JP", report.GetProperty("importer").GetString());
        var gallium = Assert.Single(report.GetProperty("minerals").EnumerateArray());
        Assert.True(gallium.GetProperty("critical").GetBoolean());
        var top = gallium.GetProperty("topProducers")[0];
        Assert.Equal("CN", top.GetProperty("country").GetString());
        Assert.True(top.GetProperty("share").GetDouble() > 0.9);
        // Japan sources part of its gallium outside China, so its own SR is below the world's.
        Assert.True(gallium.GetProperty("importerSrLow").GetDouble() < gallium.GetProperty("srLow").GetDouble());
    }

    [Fact]
    public async Task Risk_NoFilter_EveryMineral()
    {
        var report = await _client.GetFromJsonAsync<JsonElement>("/api/risk");
        Assert.True(report.GetProperty("minerals").GetArrayLength() >= 5);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("importer").ValueKind);
    }

    [Theory]
    [InlineData("/api/risk?mineral=galium", "mineral")]
    [InlineData("/api/risk?importer=Japan", "importer")]
    [InlineData("/api/risk/whatif?importer=JP", "mineral")]
    [InlineData("/api/risk/whatif?mineral=gallium", "importer")]
    [InlineData("/api/risk/whatif?mineral=gallium&importer=JP&add=Kazakhstan", "add")]
    public async Task Risk_BadParameter_ProblemNamesIt(string url, string field) =>
        await ProblemAssert.NamesField(await _client.GetAsync(url), field);

    [Fact]
    public async Task WhatIf_BanChinaAddKazakhstan_MixSumsToOneAndChinaGone()
    {
        var w = await _client.GetFromJsonAsync<JsonElement>("/api/risk/whatif?mineral=gallium&importer=JP&add=KZ:15&ban=CN");
        var mix = w.GetProperty("mixAfter").EnumerateArray().ToList();
        Assert.Equal(1.0, mix.Sum(s => s.GetProperty("share").GetDouble()), 6);
        Assert.DoesNotContain(mix, s => s.GetProperty("country").GetString() == "CN");
        Assert.Contains(mix, s => s.GetProperty("country").GetString() == "KZ");
        Assert.Equal(["ban CN", "add KZ:15 t/yr"], w.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Risk_DatasetFolderWithItsOwnMinerals_UsesThem()
    {
        // The built-in network written to a folder, with a minerals table of one mineral of its own.
        var folder = Directory.CreateTempSubdirectory("caravan-minerals-").FullName;
        try
        {
            Caravan.Core.Data.DatasetWriter.Write(Caravan.Core.Data.DatasetReader.BuiltIn(), folder);
            Directory.CreateDirectory(Path.Combine(folder, "minerals"));
            File.WriteAllText(Path.Combine(folder, "minerals", "production.csv"),
                "mineral,stage,country,year,quantity,unit,edition,edition_year\n"
                + "testium,extraction,KZ,2024,700,t,Test,2026\ntestium,extraction,CN,2024,300,t,Test,2026\n");
            using var server = new CaravanApiFactory();
            server.Settings["Caravan:Data"] = folder;

            var report = await server.CreateClient().GetFromJsonAsync<JsonElement>("/api/risk");

            var mineral = Assert.Single(report.GetProperty("minerals").EnumerateArray());
            Assert.Equal("testium", mineral.GetProperty("mineral").GetString());
            Assert.Equal("KZ", mineral.GetProperty("topProducers")[0].GetProperty("country").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
