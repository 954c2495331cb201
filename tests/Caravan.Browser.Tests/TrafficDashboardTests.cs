using System.Globalization;
using Microsoft.Playwright;

namespace Caravan.Browser.Tests;

/// <summary>The Corridor load page in headless Chromium against the live server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrafficDashboardTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly DashboardSession _session = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _session.CloseAsync();

    [SkippableFact]
    public async Task CorridorLoad_ScenarioSwitched_WestGainsLoadDrawnAndChangeLayerShowsWhereItLeft()
    {
        var page = await _session.OpenAsync("/?view=traffic");
        await page.Locator("table.families tbody tr").First.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(5, await page.Locator("table.families tbody tr").CountAsync());
        // The baseline: loaded elements drawn, wider where they carry more, coloured by utilisation.
        Assert.True(await page.Locator("#map-panel .load-line").CountAsync() >= 8);
        Assert.True(await page.Locator("#map-panel .load-node").CountAsync() >= 8);
        var widths = await page.Locator("#map-panel .load-line").EvaluateAllAsync<string[]>("ls => ls.map(l => l.getAttribute('stroke-width'))");
        Assert.True(widths.Select(w => double.Parse(w, CultureInfo.InvariantCulture)).Distinct().Count() > 3);
        var colours = await page.Locator("#map-panel .load-line").EvaluateAllAsync<string[]>("ls => ls.map(l => l.getAttribute('stroke'))");
        Assert.All(colours, c => Assert.Contains(c, new[] { "#0a7d32", "#d97a00", "#c40000" }));
        Assert.Equal("0", (await page.Locator("table.families tr[data-family='west'] td").Nth(3).TextContentAsync())?.Trim());

        // The scenario switch: Russia's transit closed sends freight west, and the URL says so.
        await page.GetByLabel("Scenario", new() { Exact = true }).SelectOptionAsync("russia-transit-closed");
        await page.WaitForURLAsync("**scenario=russia-transit-closed**");
        await page.Locator("p.traffic-status:has-text('russia-transit-closed')").WaitForAsync(new() { Timeout = 60_000 });
        var diverted = await page.Locator("table.families tr[data-family='west'] td").Nth(3).TextContentAsync() ?? "";
        Assert.StartsWith("+", diverted.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("-", (await page.Locator("table.families tr[data-family='north'] td").Nth(3).TextContentAsync() ?? "").Trim(), StringComparison.Ordinal);
        Assert.Contains("Scenario: russia-transit-closed", await page.Locator("#scenario-badge").TextContentAsync() ?? "", StringComparison.Ordinal);
        await DashboardSession.ShotAsync(page, "traffic-load");

        // The change layer: red where load came, blue where it left (the emptied northern elements).
        await page.GetByLabel("Change against the baseline").CheckAsync();
        await page.WaitForURLAsync("**layer=change**");
        var changed = await page.Locator("#map-panel .load-line, #map-panel .load-node").EvaluateAllAsync<string[]>("ls => ls.map(l => l.getAttribute('stroke'))");
        Assert.Contains("#c40000", changed);
        Assert.Contains("#1f5fa8", changed);
        Assert.Contains("changed against the baseline", await page.Locator("table.elements caption").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await page.Locator("table.elements td.loss").CountAsync() > 0);
        await DashboardSession.ShotAsync(page, "traffic-change");

        // A shared link opens the same view.
        await page.GotoAsync(fixture.Server.Url + "/?view=traffic&scenario=russia-transit-closed&layer=change");
        var shared = page;
        await shared.Locator("p.traffic-status:has-text('russia-transit-closed')").WaitForAsync(new() { Timeout = 60_000 });
        Assert.True(await shared.Locator("#layer-change").IsCheckedAsync());
        Assert.Equal("russia-transit-closed", await shared.GetByLabel("Scenario", new() { Exact = true }).InputValueAsync());
        _session.AssertClean();
    }
}
