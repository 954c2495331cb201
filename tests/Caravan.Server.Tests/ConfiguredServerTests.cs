using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests;

/// <summary>Settings that change behaviour: closed reads, the run-length limit.</summary>
public sealed class ConfiguredServerTests
{
    [Fact]
    public async Task ClosedReads_NoKey401_ViewerKey200()
    {
        using var factory = new CaravanApiFactory { Settings = { ["Caravan:OpenReads"] = "false" } };
        await ProblemAssert.IsProblem(await factory.CreateClient().GetAsync("/api/network"), HttpStatusCode.Unauthorized);
        var viewer = await factory.ClientAsync("vic", Role.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/network")).StatusCode);
    }

    [Fact]
    public async Task RunLengthLimit_Passed_RunFailsSayingSo()
    {
        // Ten million one-year replications take hours on any machine: far past a 0.05 s limit, so the
        // outcome does not depend on how fast the machine is.
        using var factory = new CaravanApiFactory { Settings = { ["Caravan:MaxRunSeconds"] = "0.05", ["Caravan:MaxReplications"] = "10000000" } };
        var analyst = await factory.ClientAsync("slow", Role.Analyst);
        var started = await (await analyst.PostAsJsonAsync("/api/simulations",
            new { replications = 10_000_000 })).Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetString();
        JsonElement run;
        do
        {
            await Task.Delay(50);
            run = await analyst.GetFromJsonAsync<JsonElement>($"/api/simulations/{id}");
        }
        while (run.GetProperty("status").GetString() is "queued" or "running");
        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Contains("run-length limit", run.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
