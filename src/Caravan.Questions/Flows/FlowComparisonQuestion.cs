using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;
using Caravan.Questions.Fields;
using Caravan.Questions.Scenarios;

namespace Caravan.Questions.Flows;

/// <summary>
/// The same flow question under two or more scenario sets, each solved separately (same dataset and
/// options, so the difference is only the scenario); the first set is the reference.
/// </summary>
/// <param name="Applied">The dataset under each set, reference first.</param>
/// <param name="Options">Period, commodities, origins and solver.</param>
public sealed record FlowComparisonQuestion(IReadOnlyList<AppliedScenario> Applied, FlowOptions Options)
{
    /// <summary>Reads <paramref name="fields"/> with its <see cref="FlowFields.Scenarios"/>, each set split at '+'; every problem, each on its field.</summary>
    public static async Task<Parsed<FlowComparisonQuestion>> ParseAsync(
        FlowFields fields, IScenarioShelf shelf, QuestionLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new FieldProblems();
        var sets = fields.Scenarios ?? [];
        if (fields.Scenario is not null)
            problems.Add("scenario", "a comparison takes 'scenarios', a list of scenario sets");
        if (sets.Count < 2 || sets.Count > limits.MaxCompared)
            problems.Add("scenarios", $"must be 2 to {limits.MaxCompared} scenario sets, e.g. [\"baseline\", \"russia-transit-closed\"]; got {sets.Count}");
        var applied = new List<AppliedScenario>();
        for (var i = 0; i < sets.Count && i < limits.MaxCompared; i++)
        {
            var names = (sets[i] ?? "").Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var pick = await shelf.ApplyAsync(names, cancellationToken);
            foreach (var problem in pick.Problems)
                problems.Add($"scenarios[{i}]", problem);
            if (pick.Applied is { } a)
                applied.Add(a);
        }
        var options = FlowOptionsReader.Read(fields, shelf.Dataset, limits, problems);
        return problems.IsEmpty && options is not null
            ? Parsed<FlowComparisonQuestion>.Of(new FlowComparisonQuestion(applied, options))
            : Parsed<FlowComparisonQuestion>.Failed(problems);
    }

    /// <summary>Solves under each set in turn; <paramref name="progress"/> hears the share of sets done.</summary>
    public async Task<ScenarioComparison> SolveAsync(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var reports = new List<FlowReport>();
        foreach (var scenario in Applied)
        {
            progress?.Report((double)reports.Count / Applied.Count);
            reports.Add(await new FlowQuestion(scenario, Options).SolveAsync(cancellationToken));
        }
        return ScenarioComparison.Of(reports);
    }
}
