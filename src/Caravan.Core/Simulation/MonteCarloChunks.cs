using System.IO.Compression;

namespace Caravan.Core.Simulation;

/// <summary>
/// A Monte Carlo run cut into chunks of whole batches, so the chunks can run anywhere (another
/// thread, another machine) and still give the very run <see cref="MonteCarlo.Run"/> gives: each
/// batch's tally crosses as exact bytes, and a <see cref="ChunkMerger"/> merges the batches in batch
/// order, as the local run does. A chunk never splits a batch, because a batch's replications
/// accumulate in order and a different grouping would round differently.
/// </summary>
public static class MonteCarloChunks
{
    internal const int FormatVersion = 1;

    /// <summary>Number of batches in a run of <paramref name="model"/>.</summary>
    public static int BatchCount(SimulationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return MonteCarlo.BatchCount(model.Options);
    }

    /// <summary>Number of batches in a run with <paramref name="replications"/> replications and the default batch size.</summary>
    public static int BatchCount(int replications) => MonteCarlo.BatchCount(new SimulationOptions { Replications = replications });

    /// <summary>Replications in batches [<paramref name="firstBatch"/>, <paramref name="firstBatch"/> + <paramref name="batchCount"/>).</summary>
    public static int Replications(SimulationModel model, int firstBatch, int batchCount)
    {
        ArgumentNullException.ThrowIfNull(model);
        var size = model.Options.BatchSize;
        return Math.Min(model.Options.Replications, (firstBatch + batchCount) * size) - firstBatch * size;
    }

    /// <summary>
    /// Runs batches [<paramref name="firstBatch"/>, <paramref name="firstBatch"/> + <paramref name="batchCount"/>)
    /// in order on the calling thread and returns their tallies as compressed bytes for a <see cref="ChunkMerger"/>;
    /// <paramref name="replicationDone"/> is called after each replication; cancellation is checked inside each replication.
    /// </summary>
    public static byte[] Run(SimulationModel model, int firstBatch, int batchCount, Action? replicationDone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var batches = MonteCarlo.BatchCount(model.Options);
        ArgumentOutOfRangeException.ThrowIfNegative(firstBatch);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstBatch + batchCount, batches);
        var runner = new ReplicationRunner(model);
        return Write(writer =>
        {
            writer.Write(firstBatch);
            writer.Write(batchCount);
            for (var batch = firstBatch; batch < firstBatch + batchCount; batch++)
                MonteCarlo.RunBatch(model, runner, batch, null, replicationDone, cancellationToken).Write(writer);
        });
    }

    /// <summary>The run that chunks covering every batch exactly once make, merged in batch order; the chunks may come in any order.</summary>
    /// <exception cref="InvalidDataException">A chunk is not one of this model's, or the chunks leave a gap or overlap.</exception>
    public static SimulationRun Merge(SimulationModel model, IEnumerable<byte[]> chunks, double? wallSeconds)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var merger = new ChunkMerger(model);
        foreach (var chunk in chunks)
            merger.Add(chunk);
        return Finish(model, merger.Merged(), wallSeconds);
    }

    /// <summary>The run from a whole run's merged tally (<see cref="ChunkMerger.Merged"/>); <paramref name="wallSeconds"/> goes to the manifest, null leaves it out.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a merged tally of this model.</exception>
    public static SimulationRun Finish(SimulationModel model, byte[] merged, double? wallSeconds)
    {
        ArgumentNullException.ThrowIfNull(model);
        var tally = Read(merged, reader =>
        {
            if (reader.ReadInt32() != MonteCarlo.BatchCount(model.Options))
                throw new InvalidDataException("the merged tally is of another run");
            return SimulationTally.Read(model, reader);
        });
        var run = MonteCarlo.Finish(model, [tally], wallSeconds ?? 0, null);
        return wallSeconds is null ? run.WithoutWallTime() : run;
    }

    internal static byte[] Write(Action<BinaryWriter> write)
    {
        using var bytes = new MemoryStream();
        using (var compressed = new BrotliStream(bytes, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(compressed))
        {
            writer.Write(FormatVersion);
            write(writer);
        }
        return bytes.ToArray();
    }

    internal static T Read<T>(byte[] bytes, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = new BinaryReader(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress));
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new InvalidDataException($"tally format {version}; this program reads format {FormatVersion}");
            var value = read(reader);
            if (reader.BaseStream.ReadByte() >= 0)
                throw new InvalidDataException("the tally has bytes after its end");
            return value;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the tally ends early");
        }
    }
}
