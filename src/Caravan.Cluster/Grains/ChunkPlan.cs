using Caravan.Cluster.Jobs;

namespace Caravan.Cluster.Grains;

/// <summary>One chunk to run: model, chunk index, and its batch range.</summary>
internal sealed record PlannedChunk(int Model, int Chunk, int FirstBatch, int BatchCount);

/// <summary>How a run is cut into chunks.</summary>
internal static class ChunkPlan
{
    /// <summary>Most batches in a chunk the coordinator sizes itself: 4 × 16 replications, about a second of flagship work.</summary>
    public const int MaxAutoBatches = 4;

    /// <summary>
    /// Chunks of <paramref name="job"/> for <paramref name="slots"/> chunks running at once: the job's size
    /// when it names one, else about eight chunks per slot (so the last round, a slow or a lost silo
    /// leaves little tail), at most <see cref="MaxAutoBatches"/> batches each.
    /// </summary>
    public static IReadOnlyList<PlannedChunk> Of(SimulationJob job, int slots)
    {
        var total = job.BatchesPerModel.Sum();
        var size = job.BatchesPerChunk > 0 ? job.BatchesPerChunk : Math.Clamp(total / (8 * Math.Max(1, slots)), 1, MaxAutoBatches);
        var chunks = new List<PlannedChunk>();
        for (var m = 0; m < job.BatchesPerModel.Count; m++)
        {
            for (int first = 0, c = 0; first < job.BatchesPerModel[m]; first += size, c++)
                chunks.Add(new PlannedChunk(m, c, first, Math.Min(size, job.BatchesPerModel[m] - first)));
        }
        return chunks;
    }
}
