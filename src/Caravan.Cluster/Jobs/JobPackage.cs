using System.Text.Json;
using Caravan.Questions.Simulations;

namespace Caravan.Cluster.Jobs;

/// <summary>Packs a simulation the client has already checked into a <see cref="SimulationJob"/>.</summary>
public static class JobPackage
{
    /// <summary>Most bytes of dataset and scenario text one job carries.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The job for <paramref name="question"/> asked with <paramref name="fields"/> and <paramref name="scenarios"/>
    /// on the dataset folder <paramref name="dataFolder"/> (null: the built-in dataset).
    /// </summary>
    /// <exception cref="ClusterException">The files are unreadable or larger than <see cref="MaxBytes"/>.</exception>
    public static SimulationJob Pack(SimulationFields fields, IReadOnlyList<string> scenarios, string? dataFolder, SimulationQuestion question,
        int batchesPerChunk = 0)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(question);
        long size = 0;
        string Read(string path)
        {
            try
            {
                size += new FileInfo(path).Length;
                if (size > MaxBytes)
                    throw new ClusterException($"the dataset and scenario files come to more than {MaxBytes / (1024 * 1024)} MB, the most a cluster job carries");
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ClusterException($"cannot read '{path}': {e.Message}");
            }
        }
        Dictionary<string, string>? data = null;
        if (dataFolder is not null)
        {
            var root = Path.GetFullPath(dataFolder);
            data = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'), Read);
        }
        // A scenario argument that names an existing file travels as its text; a name stays a name.
        var files = scenarios.Where(File.Exists).Distinct()
            .ToDictionary(s => s, s => new ScenarioFile(Path.GetFileName(s), Read(s)));
        return new SimulationJob
        {
            FieldsJson = JsonSerializer.Serialize(fields),
            Scenarios = [.. scenarios],
            DatasetFiles = data,
            ScenarioFiles = files,
            BatchesPerModel = [.. question.Models.Select(Core.Simulation.MonteCarloChunks.BatchCount)],
            ReplicationsPerModel = [.. question.Models.Select(m => m.Options.Replications)],
            BatchesPerChunk = batchesPerChunk,
        };
    }
}
