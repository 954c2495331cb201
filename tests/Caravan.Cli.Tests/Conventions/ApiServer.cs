using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Caravan.Cli.Tests.Conventions;

/// <summary>The server on the built-in dataset, on a free loopback port with a fresh SQLite store, and an analyst's client.</summary>
public sealed class ApiServer : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("caravan-cli-api-").FullName;
    private WebApplication? _app;

    /// <summary>A client with an analyst key.</summary>
    public HttpClient Client { get; private set; } = new();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _app = Caravan.Server.CaravanServer.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Caravan:Database"] = Path.Combine(_folder, "caravan.db"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _app.StartAsync();
        var url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var key = await _app.Services.GetRequiredService<CaravanStore>().CreateKeyAsync("cli-equals-api", Role.Analyst);
        Client = new HttpClient { BaseAddress = new Uri(url) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Token);
    }

    /// <summary>GET <paramref name="path"/> as JSON, failing on anything but 200.</summary>
    public async Task<JsonNode> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Starts a background run with <paramref name="body"/> at <paramref name="path"/>, waits for it, and returns its results.</summary>
    public async Task<JsonNode> RunAsync(string path, object body)
    {
        using var start = await Client.PostAsJsonAsync(path, body);
        var started = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(start.IsSuccessStatusCode, $"POST {path}: {(int)start.StatusCode} {started}");
        var id = started.GetProperty("id").GetString();
        var resource = path.TrimEnd('/').Replace("/compare", "", StringComparison.Ordinal) + "/" + id;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            var run = await Client.GetFromJsonAsync<JsonElement>(resource);
            var status = run.GetProperty("status").GetString();
            if (status == "succeeded")
                return await GetAsync(resource + "/results");
            Assert.True(status is "queued" or "running", $"{resource}: {run}");
            await Task.Delay(50);
        }
        throw new TimeoutException($"{resource} did not finish within 4 minutes");
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
