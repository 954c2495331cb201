using Microsoft.Playwright;

namespace Caravan.Browser.Tests;

/// <summary>
/// One browser context on the live server: opens a page, waits for the dashboard, and records every
/// request that leaves the machine and every script error, which each page test asserts away.
/// </summary>
public sealed class DashboardSession(BrowserFixture fixture)
{
    private readonly List<string> _outside = [];
    private readonly List<string> _errors = [];
    private IBrowserContext? _context;

    /// <summary>Requests to anywhere but the server under test.</summary>
    public IReadOnlyList<string> Outside => _outside;

    /// <summary>A new page at <paramref name="path"/>; waits until the dashboard says it is ready unless told not to.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1366, int height = 860, bool waitForDashboard = true)
    {
        _context = await fixture.RequireBrowser().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await _context.NewPageAsync();
        var server = new Uri(fixture.Server.Url);
        page.Request += (_, r) =>
        {
            if (Uri.TryCreate(r.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && u.Authority != server.Authority)
                _outside.Add(r.Url);
        };
        page.PageError += (_, e) => _errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
                _errors.Add(m.Text);
        };
        await page.GotoAsync(fixture.Server.Url + path);
        if (waitForDashboard)
            await page.Locator("body[data-ready='true']").WaitForAsync(new() { Timeout = 30_000 });
        return page;
    }

    /// <summary>Every page works offline and without script errors.</summary>
    public void AssertClean()
    {
        Assert.Empty(_outside);
        Assert.Empty(_errors);
    }

    /// <summary>Saves what the page shows (kept as a test artifact).</summary>
    public static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png") });

    /// <summary>Closes the browser context (each test's <c>DisposeAsync</c> calls it).</summary>
    public async Task CloseAsync()
    {
        if (_context is not null)
            await _context.CloseAsync();
    }
}
