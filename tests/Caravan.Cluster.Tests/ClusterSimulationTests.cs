using Caravan.Cluster.Grains;

namespace Caravan.Cluster.Tests;

/// <summary>Simulations on Orleans' in-process test cluster of three silos give the local run's result byte for byte.</summary>
public sealed class ClusterSimulationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ThreeSilos_FlagshipComparison_ByteIdenticalToTheLocalRun()
    {
        var fields = Flagship.Fields(72, compare: true);
        string[] scenarios = ["russia-transit-closed"];
        var question = await Flagship.QuestionAsync(fields, scenarios);
        var local = Flagship.Json(question.Run(null, CancellationToken.None));
        await using var cluster = await TestCluster.StartAsync(3, new HoldingGate((_, _) => false));

        var runs = await ClusterSimulation.RunAsync(cluster.Grains, question, Flagship.Job(fields, scenarios, question, 1), "identical", null, true,
            CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(2, runs.Count);
        Assert.Equal(local, Flagship.Json(runs));
        Assert.Null(runs[0].Result.Manifest.WallTimeSeconds);
        // Two models of 72 replications in batches of 16: 5 chunks each, every one counted once, spread over more than one silo.
        Assert.Equal(10, cluster.Log.Count("counted"));
        Assert.True(cluster.Log.Lines.Where(l => l.Contains("finished on", StringComparison.Ordinal)).Select(l => l[(l.LastIndexOf(' ') + 1)..]).Distinct().Count() > 1,
            "the chunks all ran on one silo");
    }

    [Fact]
    public async Task SiloKilledWhileItHoldsAChunk_ChunkRunsAgainElsewhere_CountedOnce_SameResult()
    {
        var fields = Flagship.Fields(96);
        var question = await Flagship.QuestionAsync(fields, []);
        var local = Flagship.Json(question.Run(null, CancellationToken.None));
        // Hold the first chunk that lands on a silo other than the primary (the test cluster's seed): that silo dies holding it.
        var gate = new HoldingGate((_, silo) => !silo.Contains("Primary", StringComparison.OrdinalIgnoreCase), most: 1);
        await using var cluster = await TestCluster.StartAsync(3, gate, chunksInFlight: 3);

        var run = ClusterSimulation.RunAsync(cluster.Grains, question, Flagship.Job(fields, [], question, 1), "kill", null, true, CancellationToken.None);
        var (chunk, silo) = await gate.FirstHeld.WaitAsync(Patience);
        await cluster.Cluster.KillSiloAsync(cluster.Cluster.Silos.Single(s => s.Name == silo));
        var runs = await run.WaitAsync(Patience);

        Assert.DoesNotContain("Primary", silo, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(local, Flagship.Json(runs));
        var started = cluster.Log.Lines.Where(l => l.StartsWith($"chunk {chunk} started on", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, started.Count);
        Assert.Contains(silo, started[0], StringComparison.Ordinal);
        Assert.DoesNotContain(silo, started[1], StringComparison.Ordinal);
        Assert.Equal(1, cluster.Log.Count($"chunk {chunk} counted"));
        Assert.Equal(6, cluster.Log.Count("counted"));
    }

    [Fact]
    public async Task CoordinatorRestarted_RedoesOnlyTheMissingChunks()
    {
        var fields = Flagship.Fields(96);
        var question = await Flagship.QuestionAsync(fields, []);
        var local = Flagship.Json(question.Run(null, CancellationToken.None));
        // Chunks 0..2 run through; 3..5 are held until the coordinator has gone.
        var gate = new HoldingGate((chunk, _) => int.Parse(chunk[(chunk.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture) >= 3);
        await using var cluster = await TestCluster.StartAsync(3, gate, chunksInFlight: 6);

        var run = ClusterSimulation.RunAsync(cluster.Grains, question, Flagship.Job(fields, [], question, 1), "restart", null, true, CancellationToken.None);
        await gate.FirstHeld.WaitAsync(Patience);
        while (cluster.Log.Count("counted") < 3)
            await Task.Delay(50);
        await cluster.Cluster.DeactivateAsync(cluster.Grains.GetGrain<ISimulationCoordinatorGrain>("restart"));
        gate.ReleaseAll();
        var runs = await run.WaitAsync(Patience);

        Assert.Equal(local, Flagship.Json(runs));
        Assert.Equal(1, cluster.Log.Count("run restart: 6 chunks, 3 already stored"));
        for (var c = 0; c < 3; c++)
            Assert.Equal(1, cluster.Log.Count($"chunk restart/0/{c} started on"));
        for (var c = 3; c < 6; c++)
            Assert.Equal(2, cluster.Log.Count($"chunk restart/0/{c} started on"));
        Assert.Equal(3 + 6, cluster.Log.Count("counted"));
    }
}
