using System.Net.Http.Headers;
using Caravan.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Caravan.Server.Tests;

/// <summary>The server in memory on the built-in dataset and a fresh SQLite file, with helpers to issue keys.</summary>
public sealed class CaravanApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("caravan-api-").FullName;

    /// <summary>Extra settings (<c>Caravan:OpenReads</c>...) for this factory.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The SQLite file behind the server, known before it starts (to seed it) and after it stops (to inspect it).</summary>
    public string DatabasePath => Path.Combine(_folder, "caravan.db");

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Caravan:Database", DatabasePath);
        builder.UseSetting("Caravan:Workers", "1");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    /// <summary>The store behind the server.</summary>
    public CaravanStore Store => Services.GetRequiredService<CaravanStore>();

    /// <summary>A client that sends a new key of <paramref name="role"/> owned by <paramref name="owner"/>.</summary>
    public async Task<HttpClient> ClientAsync(string owner, Role role)
    {
        var key = await Store.CreateKeyAsync(owner, role);
        return ClientWithToken(key.Token);
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer token.</summary>
    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // a file still open by a finishing worker; the temp folder is cleaned by the OS
            }
        }
    }
}
