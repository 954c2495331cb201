using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// Usage: Caravan.LoadTest [--connections 100] [--seconds 10] [--warmup 2] [--url http://127.0.0.1:PORT]
// Without --url it starts the server in this process on a free loopback port (temporary SQLite store).
// Only loopback addresses are accepted: this tool never sends load anywhere else.
var options = Options.Parse(args);
WebApplication? app = null;
var folder = Directory.CreateTempSubdirectory("caravan-load-").FullName;
var url = options.Url;
if (url is null)
{
    app = Caravan.Server.CaravanServer.Build([], new Dictionary<string, string?>
    {
        ["urls"] = "http://127.0.0.1:0",
        ["Caravan:Database"] = Path.Combine(folder, "caravan.db"),
        ["Logging:LogLevel:Default"] = "Warning",
    });
    await app.StartAsync();
    url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
if (!IPAddress.IsLoopback((await Dns.GetHostAddressesAsync(new Uri(url).Host))[0]))
{
    Console.Error.WriteLine($"refusing {url}: the load test runs on loopback only");
    return 2;
}

// A mix of planner questions: best route, a country avoided, alternatives, uranium's restrictions.
string[] queries =
[
    "/api/routes?from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=gallium",
    "/api/routes?from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=gallium&avoidCountries=RU",
    "/api/routes?from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=gallium&avoidCountries=RU,CN&alternatives=3",
    "/api/routes?from=kz-kazatomprom-south&to=jp-kanto-industry&commodity=u3o8",
];
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };

Console.WriteLine($"{options.Connections} connections, {options.Warmup} s warm-up, {options.Seconds} s measured, against {url}");
await RunAsync(TimeSpan.FromSeconds(options.Warmup), record: false);
var (latencies, errors, elapsed) = await RunAsync(TimeSpan.FromSeconds(options.Seconds), record: true);
latencies.Sort();
double P(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Count) - 1, 0, latencies.Count - 1)];
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"requests {latencies.Count + errors}, errors {errors}, throughput {latencies.Count / elapsed.TotalSeconds:F0} req/s"));
Console.WriteLine(string.Create(inv, $"latency ms: p50 {P(0.50):F1}, p90 {P(0.90):F1}, p99 {P(0.99):F1}, max {P(1):F1}"));
if (app is not null)
{
    await app.StopAsync();
    await app.DisposeAsync();
}
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);
return errors == 0 ? 0 : 1;

async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> RunAsync(TimeSpan length, bool record)
{
    var all = new List<double>[options.Connections];
    var failures = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(async worker =>
    {
        var mine = all[worker] = new List<double>(4096);
        var i = worker;
        while (clock.Elapsed < length)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(queries[i++ % queries.Length]);
                await response.Content.LoadIntoBufferAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                    Interlocked.Increment(ref failures);
                else if (record)
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failures);
            }
            catch (TaskCanceledException)
            {
                Interlocked.Increment(ref failures);
            }
        }
    }));
    return (all.SelectMany(l => l).ToList(), failures, clock.Elapsed);
}

/// <summary>Command-line options.</summary>
internal sealed record Options(int Connections, int Seconds, int Warmup, string? Url)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback, int max) =>
            Math.Clamp(Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback, 1, max);
        // Bounded in count and time: at most 500 connections for at most 120 s.
        return new Options(Number("--connections", 100, 500), Number("--seconds", 10, 120), Number("--warmup", 2, 30), Value("--url"));
    }
}
