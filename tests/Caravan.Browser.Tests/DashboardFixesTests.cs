using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Caravan.Browser.Tests;

/// <summary>
/// The rough edges a new user met on the dashboard, each pinned by what the user sees: the flagship
/// table says and shows what ranks "best", the planner's leg table fits its card, no country is drawn
/// as a band across the map, the map zooms to the chosen route, an empty Runs page says so, and the
/// API reference shows the key's placeholder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DashboardFixesTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly DashboardSession _session = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _session.CloseAsync();

    [SkippableFact]
    public async Task Flagship_Best_IsTheLowestGeneralisedCostShownInItsRow()
    {
        var page = await _session.OpenAsync("/?view=flagship");
        await page.Locator("table.flagship button.cell").First.WaitForAsync(new() { Timeout = 60_000 });

        Assert.Contains("generalised cost", await page.Locator("table.flagship caption").TextContentAsync() ?? "", StringComparison.Ordinal);
        var rows = await page.Locator("table.flagship tbody tr").AllAsync();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            // Every route cell shows the figure that ranks, and the best one is marked.
            var figures = new List<double>();
            foreach (var cell in await row.Locator("button.cell").AllAsync())
                figures.Add(double.Parse((await cell.GetAttributeAsync("data-generalised-usd"))!, CultureInfo.InvariantCulture));
            var best = row.Locator("td.best button.cell");
            Assert.Equal(1, await best.CountAsync());
            var bestText = await best.TextContentAsync() ?? "";
            Assert.Contains("generalised", bestText, StringComparison.Ordinal);
            Assert.Equal(figures.Min(), double.Parse((await best.GetAttributeAsync("data-generalised-usd"))!, CultureInfo.InvariantCulture));
        }
        await DashboardSession.ShotAsync(page, "flagship-best");
        _session.AssertClean();
    }

    [SkippableFact]
    public async Task Planner_LegTable_FitsItsCard()
    {
        var page = await _session.OpenAsync("/?view=planner&from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=u3o8&alternatives=2");
        await page.Locator(".route-card table.legs").First.WaitForAsync();

        foreach (var card in await page.Locator(".route-card").AllAsync())
        {
            var cardBox = (await card.BoundingBoxAsync())!;
            var tableBox = (await card.Locator("table.legs").BoundingBoxAsync())!;
            Assert.True(tableBox.X + tableBox.Width <= cardBox.X + cardBox.Width + 0.5,
                $"the leg table ends at {tableBox.X + tableBox.Width:0} px, past its card's edge at {cardBox.X + cardBox.Width:0} px");
            Assert.True(await card.EvaluateAsync<bool>("c => c.scrollWidth <= c.clientWidth"), "the card scrolls sideways");
        }
        await DashboardSession.ShotAsync(page, "planner-legs");
        _session.AssertClean();
    }

    [SkippableFact]
    public async Task Map_CountriesOverTheAntimeridian_DrawNoBandAcrossTheMap()
    {
        var page = await _session.OpenAsync("/");
        await page.Locator("path.country[data-name='Russia']").WaitForAsync();

        // No step of any outline spans more than half the map (180° of longitude): Russia's Chukotka
        // and Fiji close their rings past 180°E instead of across the whole world.
        var halfMap = await page.EvaluateAsync<double>("() => 180 * 4 * Math.cos(40 * Math.PI / 180)");
        foreach (var name in new[] { "Russia", "Fiji" })
        {
            var d = await page.Locator($"path.country[data-name='{name}']").GetAttributeAsync("d");
            var widest = WidestStep(d!);
            Assert.True(widest < halfMap, $"{name}'s outline has a step {widest:0} units wide (half the map is {halfMap:0})");
        }
        var all = await page.Locator("path.country").EvaluateAllAsync<string[]>("ps => ps.map(p => p.getAttribute('d'))");
        Assert.All(all, d => Assert.True(WidestStep(d) < halfMap));
        _session.AssertClean();
    }

    [SkippableFact]
    public async Task Planner_RouteFound_MapZoomsToIt()
    {
        var page = await _session.OpenAsync("/?view=planner");
        var before = ViewBox(await page.Locator("svg.map").GetAttributeAsync("viewBox"));
        await page.GetByLabel("From").FillAsync("kz-pavlodar-aok");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("KZPWQ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find routes" }).ClickAsync();
        await page.Locator(".route-card").First.WaitForAsync();

        var after = ViewBox(await page.Locator("svg.map").GetAttributeAsync("viewBox"));
        var route = (await page.Locator("path.route-line").First.EvaluateAsync<double[]>("p => { const b = p.getBBox(); return [b.x, b.y, b.width, b.height]; }"))!;
        Assert.True(after[2] < before[2] / 4, $"view {after[2]:0} units wide after, {before[2]:0} before: not zoomed to a route inside Kazakhstan");
        Assert.True(route[0] >= after[0] && route[1] >= after[1] && route[0] + route[2] <= after[0] + after[2] && route[1] + route[3] <= after[1] + after[3],
            "the route is not inside the view");
        _session.AssertClean();
    }

    [SkippableFact]
    public async Task Runs_NoneStored_SaysSoAndHowToMakeOne()
    {
        var page = await _session.OpenAsync("/", waitForDashboard: true);
        await page.RouteAsync(new Regex("/api/runs\\?"), route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = "[]" }));
        await page.GotoAsync(fixture.Server.Url + "/?view=runs");
        await page.Locator("body[data-ready='true']").WaitForAsync();

        var empty = page.Locator(".panel .empty");
        await empty.WaitForAsync();
        Assert.Contains("No runs yet", await empty.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".panel table").CountAsync());
        _session.AssertClean();
    }

    [SkippableFact]
    public async Task ApiReference_Authentication_ShowsTheKeyPlaceholder()
    {
        var page = await _session.OpenAsync("/api/reference/", waitForDashboard: false);
        await page.GetByText("/api/network/geojson").First.WaitForAsync(new() { Timeout = 30_000 });

        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Bearer <api key>", text, StringComparison.Ordinal);
        Assert.Empty(_session.Outside);
    }

    private static double[] ViewBox(string? text) =>
        [.. text!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    // The widest horizontal step between consecutive points of one subpath of an SVG path.
    private static double WidestStep(string d)
    {
        var widest = 0.0;
        foreach (var sub in d.Split('M', StringSplitOptions.RemoveEmptyEntries))
        {
            var xs = Point().Matches(sub).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
            for (var i = 1; i < xs.Length; i++)
                widest = Math.Max(widest, Math.Abs(xs[i] - xs[i - 1]));
        }
        return widest;
    }

    [GeneratedRegex(@"(-?[0-9.]+),-?[0-9.]+")]
    private static partial Regex Point();
}
