namespace Caravan.Core.Simulation;

/// <summary>
/// A Monte Carlo run cut into chunks of whole batches, so the chunks can run anywhere (another
/// thread, another machine) and still give the very run <see cref="MonteCarlo.Run"/> gives: each
/// batch's tally crosses as exact bytes, and <see cref="Merge"/> merges the batches in batch order,
/// as the local run does. A chunk never splits a batch, because a batch's replications accumulate
/// in order and a different grouping would round differently.
/// </summary>
public static class MonteCarloChunks
{
    private const int FormatVersion = 1;

    /// <summary>Number of batches in a run of <paramref name="model"/>.</summary>
    public static int BatchCount(SimulationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return MonteCarlo.BatchCount(model.Options);
    }

    /// <summary>Replications in batches [<paramref name="firstBatch"/>, <paramref name="firstBatch"/> + <paramref name="batchCount"/>).</summary>
    public static int Replications(SimulationModel model, int firstBatch, int batchCount)
    {
        ArgumentNullException.ThrowIfNull(model);
        var size = model.Options.BatchSize;
        return Math.Min(model.Options.Replications, (firstBatch + batchCount) * size) - firstBatch * size;
    }

    /// <summary>
    /// Runs batches [<paramref name="firstBatch"/>, <paramref name="firstBatch"/> + <paramref name="batchCount"/>)
    /// in order on the calling thread and returns their tallies as bytes for <see cref="Merge"/>;
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
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            writer.Write(FormatVersion);
            writer.Write(firstBatch);
            writer.Write(batchCount);
            for (var batch = firstBatch; batch < firstBatch + batchCount; batch++)
                MonteCarlo.RunBatch(model, runner, batch, null, replicationDone, cancellationToken).Write(writer);
        }
        return bytes.ToArray();
    }

    /// <summary>
    /// The run that chunks covering every batch make, merged in batch order; the chunks may come in
    /// any order but must cover each batch exactly once. <paramref name="wallSeconds"/> goes to the manifest.
    /// </summary>
    /// <exception cref="InvalidDataException">A chunk is not one of this model's, or the chunks leave a gap or overlap.</exception>
    public static SimulationRun Merge(SimulationModel model, IEnumerable<byte[]> chunks, double? wallSeconds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(chunks);
        var tallies = new SimulationTally?[MonteCarlo.BatchCount(model.Options)];
        foreach (var chunk in chunks)
        {
            try
            {
                Read(model, chunk, tallies);
            }
            catch (EndOfStreamException)
            {
                throw new InvalidDataException("a chunk ends before its last batch");
            }
        }
        if (Array.IndexOf(tallies, null) is >= 0 and var missing)
            throw new InvalidDataException($"batch {missing} is in no chunk");
        var run = MonteCarlo.Finish(model, tallies!, wallSeconds ?? 0, null);
        return wallSeconds is null ? run.WithoutWallTime() : run;
    }

    private static void Read(SimulationModel model, byte[] chunk, SimulationTally?[] tallies)
    {
        using var reader = new BinaryReader(new MemoryStream(chunk));
        var version = reader.ReadInt32();
        if (version != FormatVersion)
            throw new InvalidDataException($"chunk format {version}; this program reads format {FormatVersion}");
        var (first, count) = (reader.ReadInt32(), reader.ReadInt32());
        if (first < 0 || count < 1 || first + count > tallies.Length)
            throw new InvalidDataException($"chunk of batches {first}..{first + count - 1} is outside the run's {tallies.Length} batches");
        for (var batch = first; batch < first + count; batch++)
        {
            if (tallies[batch] is not null)
                throw new InvalidDataException($"batch {batch} comes in two chunks");
            tallies[batch] = SimulationTally.Read(model, reader);
        }
        if (reader.BaseStream.Position != chunk.Length)
            throw new InvalidDataException("a chunk has bytes after its last batch");
    }
}
