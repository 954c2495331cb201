using Caravan.Server;
using Caravan.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan serve</c>: the REST API and the dashboard on the chosen dataset and store, until Ctrl+C.</summary>
public sealed class ServeCommand(IAnsiConsole console) : AsyncCommand<ServeSettings>
{
    /// <summary>Called once the server listens; tests use it to reach and stop the server.</summary>
    internal static Action<WebApplication>? Started { get; set; }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        // A bad dataset or minerals table is reported as a user error before anything starts.
        settings.LoadDataset();
        settings.LoadMinerals();
        var location = settings.Location();
        var app = CaravanServer.Build([], new Dictionary<string, string?>
        {
            ["urls"] = settings.Urls,
            ["Caravan:Data"] = settings.Data,
            ["Caravan:Database"] = location.ConnectionString,
            ["Caravan:OpenReads"] = settings.ClosedReads ? "false" : "true",
            // The console shows the URL and errors; request logs would drown them. A failed start is
            // reported below in one line, so the host's own report of it (a stack trace) is left out.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "Critical",
        });
        await using (app)
        {
            try
            {
                app.Services.GetRequiredService<CaravanStore>();
            }
            catch (StoreException e)
            {
                throw new CaravanException(e.Message);
            }
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                throw new CaravanException($"cannot listen on {settings.Urls}: the address is already in use (another caravan serve?); stop what uses it or pick another port with --urls");
            }
            catch (IOException e)
            {
                throw new CaravanException($"cannot listen on {settings.Urls}: {e.Message}");
            }
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.FirstOrDefault() ?? settings.Urls;
            console.MarkupLine($"Caravan is serving the [bold]{Markup.Escape(settings.DatasetSource() is Core.Data.BuiltInSource ? "built-in Eurasia" : settings.Data!)}[/] dataset");
            console.MarkupLine($"  dashboard      {Markup.Escape(url)}/");
            console.MarkupLine($"  API reference  {Markup.Escape(url)}/api/reference/");
            console.MarkupLine($"  store          {Markup.Escape(location.Describe())}");
            console.MarkupLine("Press Ctrl+C to stop.");
            Started?.Invoke(app);
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }
}
