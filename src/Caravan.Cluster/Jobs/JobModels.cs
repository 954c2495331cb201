using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Simulation;
using Caravan.Questions;
using Caravan.Questions.Scenarios;
using Caravan.Questions.Simulations;

namespace Caravan.Cluster.Jobs;

/// <summary>
/// A silo's compiled models per job: the first chunk of a job on this silo loads its dataset and
/// compiles its models (tens of milliseconds to a second), later chunks reuse them. A user's files
/// are written once under a folder named by the job's content hash, and read with the same loader
/// the command line uses.
/// </summary>
public sealed class JobModels
{
    private const int Kept = 8;
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<SimulationModel>>>> _models = new();
    private readonly ConcurrentQueue<string> _order = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "caravan-cluster");

    /// <summary>The models of <paramref name="job"/>, compiled once on this silo.</summary>
    /// <exception cref="ClusterException">The job does not compile here (it did on the client, so the silo's program differs).</exception>
    public Task<IReadOnlyList<SimulationModel>> ModelsAsync(SimulationJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var key = Hash(job);
        var lazy = _models.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            // Keep the last few jobs only: a silo serves many runs over its life.
            while (_order.Count > Kept && _order.TryDequeue(out var old))
                _models.TryRemove(old, out _);
            return new Lazy<Task<IReadOnlyList<SimulationModel>>>(() => CompileAsync(job, k, CancellationToken.None));
        });
        return lazy.Value.WaitAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<SimulationModel>> CompileAsync(SimulationJob job, string key, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(_root, key);
        var fields = JsonSerializer.Deserialize<SimulationFields>(job.FieldsJson) ?? throw new ClusterException("the job has no fields");
        var scenarios = job.Scenarios.Select((s, i) => job.ScenarioFiles.TryGetValue(s, out var file)
            ? Write(Path.Combine(folder, "scenarios", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), file.Name, file.Text)
            : s).ToList();
        Dataset dataset;
        IDatasetSource source;
        if (job.DatasetFiles is { } files)
        {
            var data = Path.Combine(folder, "data");
            foreach (var (path, text) in files)
                Write(data, path, text);
            var loaded = DatasetReader.LoadFolder(data);
            dataset = loaded.Dataset ?? throw new ClusterException($"the job's dataset does not load on this silo: {(loaded.Problems.Count > 0 ? loaded.Problems[0] : null)}");
            source = new FolderSource(data);
        }
        else
        {
            dataset = DatasetReader.BuiltIn();
            source = new BuiltInSource();
        }
        var parsed = await SimulationQuestion.ParseAsync(fields, new CatalogShelf(dataset, source), QuestionLimits.Default, cancellationToken, scenarios);
        if (parsed.Question is not { } question)
            throw new ClusterException("the job's question does not compile on this silo: " + string.Join("; ", parsed.Problems.Select(p => p.ToString())));
        if (!question.Models.Select(MonteCarloChunks.BatchCount).SequenceEqual(job.BatchesPerModel))
            throw new ClusterException("the job's models have other batch counts on this silo than on the client: are both the same Caravan version?");
        return question.Models;
    }

    private static string Write(string folder, string relativePath, string text)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        // A path that climbs out of the job's folder is refused, whoever sent it.
        if (!path.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ClusterException($"the job's file '{relativePath}' lies outside its folder");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
            File.WriteAllText(path, text);
        return path;
    }

    private static string Hash(SimulationJob job)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(s));
            sha.AppendData([0]);
        }
        Add(job.FieldsJson);
        foreach (var s in job.Scenarios)
            Add(s);
        foreach (var (k, f) in job.ScenarioFiles.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(k);
            Add(f.Name);
            Add(f.Text);
        }
        foreach (var (k, t) in (job.DatasetFiles ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(k);
            Add(t);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..24];
    }
}
