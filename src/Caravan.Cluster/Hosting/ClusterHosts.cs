using Caravan.Cluster.Chunks;
using Caravan.Cluster.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Cluster.Hosting;

/// <summary>Starts silos and clients as .NET hosts, with Orleans' own logging kept to warnings on standard error.</summary>
public static class ClusterHosts
{
    /// <summary>
    /// Starts a silo configured by <paramref name="clustering"/> with Caravan's grains and <paramref name="store"/>;
    /// silos of one process may share <paramref name="jobs"/>, so a job compiles once per process, not once per silo.
    /// </summary>
    public static async Task<IHost> StartSiloAsync(Action<ISiloBuilder> clustering, IChunkStore store, LogLevel level, CancellationToken cancellationToken,
        JobModels? jobs = null)
    {
        var builder = Host.CreateApplicationBuilder();
        Quiet(builder, level);
        builder.UseOrleans(silo =>
        {
            clustering(silo);
            if (jobs is not null)
                silo.Services.AddSingleton(jobs);
            silo.AddCaravan(store);
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }

    /// <summary>Connects a client configured by <paramref name="clustering"/>.</summary>
    /// <exception cref="ClusterException">No gateway answered.</exception>
    public static async Task<IHost> ConnectAsync(Action<IClientBuilder> clustering, string describe, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        // A failed connection is reported once, as a ClusterException; the client's own logs would add a stack trace.
        Quiet(builder, LogLevel.None);
        builder.UseOrleansClient(clustering);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch (Exception e) when (e is OrleansException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            host.Dispose();
            throw new ClusterException($"cannot reach the cluster at {describe}: {e.Message}", e);
        }
    }

    private static void Quiet(HostApplicationBuilder builder, LogLevel level)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(level);
    }
}
