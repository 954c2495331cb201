using System.Net.Http.Headers;
using System.Net.Http.Json;
using Caravan.Core.Data;
using Caravan.Storage;
using Microsoft.Playwright;

namespace Caravan.Browser.Tests;

/// <summary>The dashboard in headless Chromium against the live server: what a user sees and does.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture fixture) : IAsyncLifetime
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private readonly DashboardSession _session = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _session.CloseAsync();

    [SkippableFact]
    public async Task Map_Opened_DrawsCountriesAndWholeNetworkAndZoomsByKeyboard()
    {
        var page = await OpenAsync("/");
        Assert.True(await page.Locator("path.country").CountAsync() >= 170);
        Assert.Equal(Eurasia.Links.Count, await page.Locator("path.link").CountAsync());
        Assert.Equal(Eurasia.Nodes.Count, await page.Locator("circle.node").CountAsync());
        // Sea links follow lanes: Rotterdam-Yokohama by the Cape goes south of 30°S (SVG y = (90 + 30) × 4),
        // the Suez one turns at many points, and Vancouver-Yokohama leaves the map at the antimeridian.
        static double[] Ys(string d) => d.Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => double.TryParse(p.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException(d)).ToArray();
        var cape = await page.Locator("path.link[data-id='nlrtm-jpyok-sea-cape']").GetAttributeAsync("d");
        Assert.True(Ys(cape!).Max() > 480, cape);
        var suez = await page.Locator("path.link[data-id='nlrtm-jpyok-sea']").GetAttributeAsync("d");
        Assert.True(Ys(suez!).Length >= 10 && Ys(suez!).Max() < 480, suez);
        var pacific = await page.Locator("path.link[data-id='ca-vancouver-jpyok-sea']").GetAttributeAsync("d");
        Assert.Equal(2, pacific!.Count(c => c == 'M'));
        var before = await page.Locator("svg.map").GetAttributeAsync("viewBox");
        await page.Locator("svg.map").FocusAsync();
        await page.Keyboard.PressAsync("+");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.NotEqual(before, await page.Locator("svg.map").GetAttributeAsync("viewBox"));
        await ShotAsync(page, "map");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task Map_TabletWidth_NoSidewaysScroll()
    {
        var page = await OpenAsync("/", width: 820, height: 1180);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ShotAsync(page, "map-tablet");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task Planner_AvoidRussia_RouteDrawnAvoidingItAndUrlShareable()
    {
        var page = await OpenAsync("/?view=planner");
        await page.GetByLabel("From").FillAsync("kz-pavlodar-aok");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("jp-kanto-industry");
        await page.GetByLabel("Commodity").SelectOptionAsync("gallium");
        await page.GetByText("Avoid countries").ClickAsync();
        await page.GetByLabel("Russia (RU)").CheckAsync();
        await page.GetByLabel("Alternatives", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find routes" }).ClickAsync();
        await page.Locator(".route-card").First.WaitForAsync();
        Assert.True(await page.Locator("path.route-line").CountAsync() >= 1);
        Assert.True(await page.Locator(".route-card table.legs tbody tr").CountAsync() >= 2);
        foreach (var why in await page.Locator(".route-card .why").AllTextContentsAsync())
            Assert.DoesNotContain("RU", why.Split('.')[0].Split(" by ")[0], StringComparison.Ordinal);
        Assert.Contains("avoided", await page.Locator("path.country[data-name='Russia']").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Contains("avoidCountries=RU", page.Url, StringComparison.Ordinal);
        await page.Locator(".route-card").First.ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "planner-avoid-russia");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task SharedUrl_Opened_FormFilledAndRoutesDrawn()
    {
        var page = await OpenAsync("/?view=planner&from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=gallium&avoidCountries=CN&alternatives=2");
        await page.Locator(".route-card").First.WaitForAsync();
        Assert.Equal("kz-pavlodar-aok", await page.GetByLabel("From").InputValueAsync());
        Assert.True(await page.GetByLabel("China (CN)").IsCheckedAsync());
        Assert.InRange(await page.Locator(".route-card").CountAsync(), 1, 2);
        Assert.True(await page.Locator("path.route-line").CountAsync() >= 1);
        await ShotAsync(page, "shared-url");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task Scenario_Switched_CarriedInUrlToPlanner()
    {
        await fixture.Server.Store.SaveScenarioAsync("ui-storm-test", "ui-storm-test", "tester", shared: true,
            """{"name":"ui-storm-test","description":"A test scenario.","edits":[{"type":"close","countries":["RU"]}]}""");
        var page = await OpenAsync("/?view=scenarios");
        await page.GetByLabel("ui-storm-test", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use the ticked scenarios" }).ClickAsync();
        Assert.Contains("scenario=ui-storm-test", page.Url, StringComparison.Ordinal);
        Assert.Equal("Scenario: ui-storm-test", await page.Locator("#scenario-badge").TextContentAsync());
        await ShotAsync(page, "scenarios");
        await page.GetByRole(AriaRole.Link, new() { Name = "Route planner" }).ClickAsync();
        Assert.Contains("scenario=ui-storm-test", page.Url, StringComparison.Ordinal);
        Assert.Equal("Scenario: ui-storm-test", await page.Locator("#scenario-badge").TextContentAsync());
        await DoneAsync();
    }

    [SkippableFact]
    public async Task Scenario_Switched_FlowsRunWithBottlenecksAndUtilisationOnTheMap()
    {
        var key = await fixture.Server.Store.CreateKeyAsync("flows-ui", Role.Analyst);
        var page = await OpenAsync("/?view=scenarios");
        await page.Locator("#api-key").FillAsync(key.Token);
        await page.Locator("#api-key").PressAsync("Tab");
        await page.GetByLabel("russia-transit-closed", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Flow commodity").SelectOptionAsync("gallium");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run flows under the ticked scenarios" }).ClickAsync();
        await page.Locator("table.flow-summary").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("russia-transit-closed", await page.Locator("table.flow-summary caption").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await page.Locator("path.flow-line").CountAsync() >= 1);
        Assert.True(await page.Locator("#flow-results svg.bars rect.bar").CountAsync() >= 1);
        await page.Locator("#flow-results").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "scenarios-flows");

        await page.GetByRole(AriaRole.Button, new() { Name = "Compare flows under each" }).ClickAsync();
        await page.Locator("table.flow-compare").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(["baseline", "russia-transit-closed"], await page.Locator("table.flow-compare tbody th").AllTextContentsAsync());
        await page.Locator("table.flow-compare").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "scenarios-flow-compare");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task Simulation_Started_ProgressThenHistogramAndCdf()
    {
        var key = await fixture.Server.Store.CreateKeyAsync("browser", Role.Analyst);
        var page = await OpenAsync("/?view=simulation&commodity=gallium");
        await page.Locator("#api-key").FillAsync(key.Token);
        await page.Locator("#api-key").PressAsync("Tab");
        await page.GetByLabel("Replications").FillAsync("40");
        await page.GetByLabel("Horizon, days").FillAsync("120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start simulation" }).ClickAsync();
        await page.Locator("svg.histogram rect.bar").First.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(30, await page.Locator("svg.histogram rect.bar").CountAsync());
        Assert.Equal(1, await page.Locator("svg.cdf polyline.cdf-line").CountAsync());
        Assert.True(await page.Locator("table.odpairs tbody tr").CountAsync() >= 1);
        Assert.Contains("run=", page.Url, StringComparison.Ordinal);
        Assert.Contains("succeeded", await page.Locator(".progress").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.GetByLabel("Plot").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("svg.histogram .mark").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("svg.histogram").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "simulation");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task Flagship_Opened_TableOfFamiliesAndCellDrawsRoute()
    {
        var page = await OpenAsync("/?view=flagship");
        await page.Locator("table.flagship button.cell").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator("table.flagship button.cell").First.ClickAsync();
        Assert.Equal(1, await page.Locator("path.route-line").CountAsync());
        await ShotAsync(page, "flagship");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task Runs_TwoStored_ComparedSideBySide()
    {
        var key = await fixture.Server.Store.CreateKeyAsync("runs-ui", Role.Analyst);
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Server.Url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Token);
        var a = await (await http.PostAsJsonAsync("/api/routes", new { from = "kz-pavlodar-aok", to = "jp-kanto-industry", avoidCountries = "RU" })).Content.ReadFromJsonAsync<Dictionary<string, object>>();
        var b = await (await http.PostAsJsonAsync("/api/routes", new { from = "kz-pavlodar-aok", to = "jp-kanto-industry", avoidCountries = "RU,CN" })).Content.ReadFromJsonAsync<Dictionary<string, object>>();
        var page = await OpenAsync("/?view=runs");
        await page.GetByLabel(a!["id"].ToString()![..8]).CheckAsync();
        await page.GetByLabel(b!["id"].ToString()![..8]).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the two ticked runs" }).ClickAsync();
        await page.GetByText("inputs.avoidCountries").WaitForAsync();
        await ShotAsync(page, "runs-compare");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task Risk_ImporterWhatIf_BeforeAndAfterShown()
    {
        var page = await OpenAsync("/?view=risk&importer=JP");
        await page.Locator("table.risk tbody tr").First.WaitForAsync();
        Assert.True(await page.Locator("svg.bars rect.bar").CountAsync() >= 2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the what-if" }).ClickAsync();
        await page.Locator("table.whatif").WaitForAsync();
        Assert.Contains("ban CN", await page.Locator("table.whatif caption").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.Locator("table.whatif").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "risk-whatif");
        await DoneAsync();
    }

    [SkippableFact]
    public async Task SeaLanes_PortTheTableDoesNotKnow_LeavesByTheNearestTurningPoints()
    {
        var page = await OpenAsync("/");
        // A user's port (Gdańsk) to Rotterdam: straight, the line would cross Denmark; by the lanes it
        // rounds Skagen, north of 57°N.
        var path = await page.EvaluateAsync<double[][]?>("""
            async () => {
              const { SeaLanes } = await import("/js/sealanes.js");
              const network = await (await fetch("/api/network")).json();
              const gdansk = { id: "pl-gdansk", lat: 54.4, lon: 18.7 }, rotterdam = { id: "NLRTM", lat: 51.95, lon: 4.13 };
              const lanes = new SeaLanes({ network, nodeById: new Map([[gdansk.id, gdansk], [rotterdam.id, rotterdam]]) });
              return lanes.path({ id: "pl-gdansk-nlrtm-sea", mode: "sea", from: "pl-gdansk", to: "NLRTM", chokepoints: ["danish-straits"] });
            }
            """);

        Assert.NotNull(path);
        Assert.True(path.Length >= 6, $"{path.Length} points");
        Assert.True(path.Max(p => p[0]) > 57, string.Join(" ", path.Select(p => $"{p[0]},{p[1]}")));
        await DoneAsync();
    }

    [SkippableFact]
    public async Task ApiReference_Opened_RendersWithoutLeavingTheMachine()
    {
        var page = await OpenAsync("/api/reference/", waitForDashboard: false);
        await page.GetByText("/api/network/geojson").First.WaitForAsync(new() { Timeout = 30_000 });
        await ShotAsync(page, "api-reference");
        Assert.Empty(_session.Outside);
    }

    private Task<IPage> OpenAsync(string path, int width = 1366, int height = 860, bool waitForDashboard = true) =>
        _session.OpenAsync(path, width, height, waitForDashboard);

    private Task DoneAsync()
    {
        _session.AssertClean();
        return Task.CompletedTask;
    }

    private static Task ShotAsync(IPage page, string name) => DashboardSession.ShotAsync(page, name);
}
