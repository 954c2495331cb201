using Caravan.Cluster.Chunks;
using Caravan.Cluster.Grains;
using Caravan.Cluster.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace Caravan.Cluster.Tests;

/// <summary>Orleans' in-process test cluster with Caravan's grains, a shared chunk store, a gate and a log.</summary>
public sealed class TestCluster : IAsyncDisposable
{
    private TestCluster(InProcessTestCluster cluster, MemoryChunkStore store, HoldingGate gate, LogSink log) =>
        (Cluster, Store, Gate, Log) = (cluster, store, gate, log);

    public InProcessTestCluster Cluster { get; }

    public MemoryChunkStore Store { get; }

    public HoldingGate Gate { get; }

    public LogSink Log { get; }

    public IGrainFactory Grains => Cluster.Client;

    public static async Task<TestCluster> StartAsync(int silos, HoldingGate gate, int? chunksInFlight = null)
    {
        var store = new MemoryChunkStore();
        var log = new LogSink();
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddCaravan(store);
            silo.Services.AddSingleton<IChunkGate>(gate);
            silo.Services.AddLogging(b => b.AddProvider(log));
            silo.Services.Configure<CaravanClusterOptions>(o =>
            {
                o.RetryDelay = TimeSpan.FromMilliseconds(100);
                o.ChunksInFlight = chunksInFlight;
            });
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new TestCluster(cluster, store, gate, log);
    }

    public async ValueTask DisposeAsync()
    {
        Gate.ReleaseAll();
        await Cluster.DisposeAsync();
    }
}
