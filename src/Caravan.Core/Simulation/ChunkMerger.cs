namespace Caravan.Core.Simulation;

/// <summary>
/// Merges chunk tallies (<see cref="MonteCarloChunks.Run"/>) that arrive in any order into one run's
/// tally in batch order: a chunk that continues the merged prefix is merged at once, a later one waits
/// until the gap before it is filled, so memory holds only the chunks that came early.
/// </summary>
public sealed class ChunkMerger
{
    private readonly SimulationModel _model;
    private readonly SimulationTally _total;
    private readonly SortedDictionary<int, SimulationTally[]> _early = [];
    private readonly int _batches;

    /// <summary>A merger for a run of <paramref name="model"/>.</summary>
    public ChunkMerger(SimulationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _total = new SimulationTally(model);
        _batches = MonteCarlo.BatchCount(model.Options);
    }

    /// <summary>Batches merged so far (the prefix 0..MergedBatches-1).</summary>
    public int MergedBatches { get; private set; }

    /// <summary>True once every batch is merged.</summary>
    public bool IsComplete => MergedBatches == _batches;

    /// <summary>Adds a chunk's tallies; merges what now continues the prefix.</summary>
    /// <exception cref="InvalidDataException">The chunk is not one of this run's, or overlaps one already added.</exception>
    public void Add(byte[] chunk)
    {
        var (first, tallies) = MonteCarloChunks.Read(chunk, reader =>
        {
            var (first, count) = (reader.ReadInt32(), reader.ReadInt32());
            if (first < 0 || count < 1 || first + count > _batches)
                throw new InvalidDataException($"chunk of batches {first}..{first + count - 1} is outside the run's {_batches} batches");
            var read = new SimulationTally[count];
            for (var i = 0; i < count; i++)
                read[i] = SimulationTally.Read(_model, reader);
            return (first, read);
        });
        var overlaps = first < MergedBatches || _early.Any(e => first < e.Key + e.Value.Length && e.Key < first + tallies.Length);
        if (overlaps)
            throw new InvalidDataException($"batches {first}..{first + tallies.Length - 1} come in two chunks");
        _early.Add(first, tallies);
        while (_early.Remove(MergedBatches, out var next))
        {
            foreach (var tally in next)
                _total.Merge(tally);
            MergedBatches += next.Length;
        }
    }

    /// <summary>The whole run's merged tally as bytes, for <see cref="MonteCarloChunks.Finish"/>.</summary>
    /// <exception cref="InvalidDataException">A batch is still missing.</exception>
    public byte[] Merged()
    {
        if (!IsComplete)
            throw new InvalidDataException($"batch {MergedBatches} is in no chunk");
        return MonteCarloChunks.Write(writer =>
        {
            writer.Write(_batches);
            _total.Write(writer);
        });
    }
}
