using Caravan.Cluster;
using Caravan.Cluster.Chunks;
using Caravan.Cluster.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan worker --cluster-db CONNSTRING</c>: one silo that joins the PostgreSQL-backed cluster
/// (membership and chunk results in that database; Caravan's migrations create the tables first).
/// </summary>
public sealed class WorkerCommand(IAnsiConsole console) : AsyncCommand<WorkerSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, WorkerSettings settings, CancellationToken cancellationToken)
    {
        var db = settings.ClusterDb!;
        IHost silo;
        try
        {
            ClusterMigrations.Apply(db);
            silo = await ClusterHosts.StartSiloAsync(s => s.UseCaravanPostgres(db, settings.SiloPort, settings.GatewayPort, settings.AdvertisedAddress),
                new PostgresChunkStore(db), LogLevel.Warning, cancellationToken);
        }
        catch (ClusterException e)
        {
            throw new CaravanException(e.Message);
        }
        catch (Exception e) when (e is OrleansException or System.Net.Sockets.SocketException or IOException)
        {
            throw new CaravanException($"the worker could not join the cluster: {e.Message}");
        }
        using (silo)
        {
            console.MarkupLineInterpolated($"worker joined the cluster (silo port {settings.SiloPort}, gateway port {settings.GatewayPort}); Ctrl+C leaves it.");
            await silo.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }
}
