using Orleans.Concurrency;

namespace Caravan.Cluster.Jobs;

/// <summary>
/// A simulation as it travels to the cluster: the question as text and, for a user's data, the
/// files it reads, so any silo can compile the same models the client did.
/// </summary>
[GenerateSerializer, Immutable, Alias("caravan.simulation-job")]
public sealed record SimulationJob
{
    /// <summary>The question's fields as JSON (<see cref="Questions.Simulations.SimulationFields"/>).</summary>
    [Id(0)] public required string FieldsJson { get; init; }

    /// <summary>The scenario arguments in order (names, or the keys of <see cref="ScenarioFiles"/>).</summary>
    [Id(1)] public required IReadOnlyList<string> Scenarios { get; init; }

    /// <summary>The dataset folder's files, path relative to the folder → text; null for the built-in dataset.</summary>
    [Id(2)] public IReadOnlyDictionary<string, string>? DatasetFiles { get; init; }

    /// <summary>Scenario files named on the command line: the argument → (file name, text).</summary>
    [Id(3)] public IReadOnlyDictionary<string, ScenarioFile> ScenarioFiles { get; init; } = new Dictionary<string, ScenarioFile>();

    /// <summary>Batches of each model, in order (the client compiled them; the coordinator plans chunks from these).</summary>
    [Id(4)] public required IReadOnlyList<int> BatchesPerModel { get; init; }

    /// <summary>Batches per chunk; 0 lets the coordinator choose.</summary>
    [Id(5)] public int BatchesPerChunk { get; init; }

    /// <summary>Replications of each model, in order, for progress.</summary>
    [Id(6)] public required IReadOnlyList<int> ReplicationsPerModel { get; init; }
}

/// <summary>A scenario file shipped with a job.</summary>
/// <param name="Name">The file name (its extension says JSON or YAML).</param>
/// <param name="Text">Its text.</param>
[GenerateSerializer, Immutable, Alias("caravan.scenario-file")]
public sealed record ScenarioFile([property: Id(0)] string Name, [property: Id(1)] string Text);
