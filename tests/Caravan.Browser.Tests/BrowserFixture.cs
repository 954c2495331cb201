using Microsoft.Playwright;

namespace Caravan.Browser.Tests;

/// <summary>
/// One server and one headless Debian Chromium for all browser tests. Playwright drives the
/// system browser (never 'playwright install'); without it the tests skip on a laptop and fail on CI.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Why a browser test skips, and how to get what it needs.</summary>
    public const string MissingChromium =
        ChromiumPath + " is missing, so this browser test is skipped: install Debian's Chromium (sudo apt-get install chromium) "
        + "or run .ci/run, which installs it; never 'playwright install'";

    private IPlaywright? _playwright;

    /// <summary>The server under test.</summary>
    public LiveServer Server { get; } = new();

    /// <summary>The browser; null when Chromium is missing.</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>Where screenshots go (kept as test artifacts).</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Server.StartAsync();
        if (!File.Exists(ChromiumPath))
            return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>The browser, or skips (laptop) / fails (CI) when Chromium is missing.</summary>
    public IBrowser RequireBrowser()
    {
        if (Browser is not null)
            return Browser;
        var onCi = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);
        Assert.False(onCi, $"{ChromiumPath} is missing; CI must install Debian's chromium (.ci/run does)");
        Skip.If(true, MissingChromium);
        return null!;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
