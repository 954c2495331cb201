using Caravan.Cluster.Chunks;
using Caravan.Cluster.Hosting;
using Caravan.Cluster.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan cluster up --nodes N</c>: N silos on this machine, in this process, on localhost
/// clustering; they share one chunk store and one cache of compiled jobs in memory. Runs until Ctrl+C.
/// </summary>
public sealed class ClusterUpCommand(IAnsiConsole console) : AsyncCommand<ClusterUpSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ClusterUpSettings settings, CancellationToken cancellationToken)
    {
        var store = new MemoryChunkStore();
        var jobs = new JobModels();
        var silos = new List<IHost>();
        try
        {
            for (var i = 0; i < settings.Nodes; i++)
            {
                var index = i;
                silos.Add(await ClusterHosts.StartSiloAsync(s => s.UseCaravanLocalhost(index), store, LogLevel.Warning, cancellationToken, jobs));
            }
            var gateways = string.Join(',', Enumerable.Range(0, settings.Nodes).Select(i => $"localhost:{CaravanSilo.BaseGatewayPort + i}"));
            console.MarkupLineInterpolated($"cluster of {settings.Nodes} silos up; run: caravan simulate --cluster {gateways} ...");
            console.MarkupLine("Ctrl+C stops it.");
            await silos[0].WaitForShutdownAsync(cancellationToken);
            return 0;
        }
        finally
        {
            foreach (var silo in Enumerable.Reverse(silos))
            {
                await silo.StopAsync(CancellationToken.None);
                silo.Dispose();
            }
        }
    }
}
