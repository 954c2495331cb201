using Caravan.Storage;
using Microsoft.Playwright;

namespace Caravan.Browser.Tests;

/// <summary>The Invest page in headless Chromium against the live server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InvestDashboardTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly DashboardSession _session = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _session.CloseAsync();

    [SkippableFact]
    public async Task Invest_BuiltInGalliumBan_FrontierDrawnPortfolioExplainedUrlShareable()
    {
        var key = await fixture.Server.Store.CreateKeyAsync("browser-invest", Role.Analyst);
        var page = await _session.OpenAsync("/?view=invest");
        await page.Locator("#api-key").FillAsync(key.Token);
        await page.Locator("#api-key").PressAsync("Tab");
        await page.GetByLabel("Budget, US$", new() { Exact = true }).FillAsync("1000000000");
        await page.GetByLabel("Scenarios").FillAsync("baseline@0.5, china-gallium-export-ban@0.5");
        await page.GetByLabel("Sweep, US$ (min:max:step)").FillAsync("0:200000000:100000000");
        await page.GetByLabel("Check replications").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run invest" }).ClickAsync();

        await page.Locator("svg.frontier circle").First.WaitForAsync(new() { Timeout = 120_000 });
        Assert.Equal(3, await page.Locator("svg.frontier circle").CountAsync());
        var portfolio = await page.Locator("table.portfolio tbody").TextContentAsync() ?? "";
        Assert.Contains("pavlodar-gallium-expansion", portfolio, StringComparison.Ordinal);
        Assert.Contains("relieves the bottleneck", portfolio, StringComparison.Ordinal);
        Assert.True(await page.Locator("table.check tbody tr").CountAsync() >= 1);
        Assert.Contains("run=", page.Url, StringComparison.Ordinal);
        Assert.Contains("sweep=0%3A200000000%3A100000000", page.Url, StringComparison.Ordinal);
        await page.Locator("svg.frontier").ScrollIntoViewIfNeededAsync();
        await DashboardSession.ShotAsync(page, "invest");
        _session.AssertClean();
    }
}
