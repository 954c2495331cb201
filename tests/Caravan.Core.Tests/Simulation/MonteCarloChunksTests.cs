using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

public sealed class MonteCarloChunksTests
{
    private static SimulationModel Model(int replications = 42) => SimulationModel.Compile(DatasetReader.BuiltIn(), new SimulationOptions
    {
        Replications = replications,
        HorizonDays = 120,
        WarmupDays = 10,
        Seed = 7,
        BatchSize = 4,
        Commodities = ["gallium", "u3o8"],
    });

    private static string Json(SimulationRun run) =>
        JsonSerializer.Serialize(run.Result with { Manifest = run.Result.Manifest with { WallTimeSeconds = null } })
        + JsonSerializer.Serialize(run.ReplicationMeanLeadDays);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(11)]
    public void Chunks_MergedOutOfOrder_ByteIdenticalToTheLocalRun(int batchesPerChunk)
    {
        var model = Model();
        var local = Json(MonteCarlo.Run(model));
        var batches = MonteCarloChunks.BatchCount(model);
        var chunks = new List<byte[]>();
        for (var first = 0; first < batches; first += batchesPerChunk)
            chunks.Add(MonteCarloChunks.Run(model, first, Math.Min(batchesPerChunk, batches - first)));
        chunks.Reverse();

        var merged = MonteCarloChunks.Merge(model, chunks, null);

        Assert.Equal(11, batches);
        Assert.Equal(local, Json(merged));
        Assert.Null(merged.Result.Manifest.WallTimeSeconds);
    }

    [Fact]
    public void Merge_GapOrOverlapOrForeignChunk_Refused()
    {
        var model = Model(8);
        var first = MonteCarloChunks.Run(model, 0, 1);
        var second = MonteCarloChunks.Run(model, 1, 1);

        Assert.Contains("batch 1 is in no chunk", Assert.Throws<InvalidDataException>(() => MonteCarloChunks.Merge(model, [first], null)).Message);
        Assert.Contains("two chunks", Assert.Throws<InvalidDataException>(() => MonteCarloChunks.Merge(model, [first, second, first], null)).Message);
        Assert.Contains("outside", Assert.Throws<InvalidDataException>(() => MonteCarloChunks.Merge(Model(4), [second], null)).Message);
        Assert.Throws<InvalidDataException>(() => MonteCarloChunks.Merge(model, [first[..^3], second], null));
        Assert.Throws<InvalidDataException>(() => MonteCarloChunks.Merge(model, [[1, 2, 3], second], null));
    }

    [Fact]
    public void Merger_ChunksOutOfOrder_HoldsOnlyTheEarlyOnesAndFinishesLikeTheLocalRun()
    {
        var model = Model(16);
        var chunks = Enumerable.Range(0, 4).Select(b => MonteCarloChunks.Run(model, b, 1)).ToArray();
        var merger = new ChunkMerger(model);

        merger.Add(chunks[2]);
        Assert.Equal(0, merger.MergedBatches);
        merger.Add(chunks[0]);
        Assert.Equal(1, merger.MergedBatches);
        merger.Add(chunks[1]);
        Assert.Equal(3, merger.MergedBatches);
        Assert.Throws<InvalidDataException>(() => merger.Merged());
        merger.Add(chunks[3]);

        Assert.True(merger.IsComplete);
        Assert.Equal(Json(MonteCarlo.Run(model)), Json(MonteCarloChunks.Finish(model, merger.Merged(), null)));
    }

    [Fact]
    public void Replications_OfTheLastChunk_StopAtTheRunsEnd()
    {
        var model = Model(42);
        Assert.Equal(8, MonteCarloChunks.Replications(model, 0, 2));
        Assert.Equal(2, MonteCarloChunks.Replications(model, 10, 1));
    }
}
