using Caravan.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Caravan.Browser.Tests;

/// <summary>
/// The real server (Kestrel) on a free loopback port with a fresh SQLite store: a browser cannot
/// reach WebApplicationFactory's in-memory server.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("caravan-browser-").FullName;
    private WebApplication? _app;

    /// <summary>Base URL, e.g. http://127.0.0.1:41234.</summary>
    public string Url { get; private set; } = "";

    /// <summary>The store behind the server.</summary>
    public CaravanStore Store => _app!.Services.GetRequiredService<CaravanStore>();

    /// <summary>Starts the server.</summary>
    public async Task StartAsync()
    {
        _app = Caravan.Server.CaravanServer.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Caravan:Database"] = Path.Combine(_folder, "caravan.db"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
