using Caravan.Cluster.Jobs;
using Caravan.Core.Data;
using Caravan.Core.Simulation;
using Caravan.Questions;
using Caravan.Questions.Scenarios;
using Caravan.Questions.Simulations;

namespace Caravan.Cluster.Tests;

/// <summary>A small flagship simulation (gallium and uranium to Japan), asked as the command line asks it.</summary>
internal static class Flagship
{
    public static SimulationFields Fields(int replications, bool compare = false) => new()
    {
        Commodity = "gallium,u3o8",
        Replications = replications,
        HorizonDays = 120,
        WarmupDays = 10,
        Seed = 11,
        Compare = compare,
    };

    public static async Task<SimulationQuestion> QuestionAsync(SimulationFields fields, IReadOnlyList<string> scenarios)
    {
        var dataset = DatasetReader.BuiltIn();
        var parsed = await SimulationQuestion.ParseAsync(fields, new CatalogShelf(dataset, new BuiltInSource()), QuestionLimits.Default,
            CancellationToken.None, scenarios);
        return parsed.Question ?? throw new InvalidOperationException(string.Join("; ", parsed.Problems));
    }

    public static SimulationJob Job(SimulationFields fields, IReadOnlyList<string> scenarios, SimulationQuestion question, int batchesPerChunk) =>
        JobPackage.Pack(fields, scenarios, null, question, batchesPerChunk);

    /// <summary>The runs as the command line's JSON would print them, with the wall time left out.</summary>
    public static string Json(IEnumerable<SimulationRun> runs) =>
        string.Join('\n', runs.Select(r => System.Text.Json.JsonSerializer.Serialize(r.WithoutWallTime().Result)
            + System.Text.Json.JsonSerializer.Serialize(r.ReplicationMeanLeadDays)));
}
