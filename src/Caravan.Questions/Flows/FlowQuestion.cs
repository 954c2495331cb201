using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;
using Caravan.Questions.Fields;
using Caravan.Questions.Scenarios;

namespace Caravan.Questions.Flows;

/// <summary>A flow question, read and checked: the dataset under its (composed) scenarios and the solver options.</summary>
/// <param name="Applied">The dataset after the scenarios.</param>
/// <param name="Options">Period, commodities, origins and solver.</param>
public sealed record FlowQuestion(AppliedScenario Applied, FlowOptions Options)
{
    /// <summary>
    /// Reads <paramref name="fields"/> (scenarios: <paramref name="scenarios"/> when given, else
    /// <see cref="FlowFields.Scenario"/> split at commas); every problem, each on its field.
    /// </summary>
    public static async Task<Parsed<FlowQuestion>> ParseAsync(
        FlowFields fields, IScenarioShelf shelf, QuestionLimits limits, CancellationToken cancellationToken, IReadOnlyList<string>? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(shelf);
        var problems = new FieldProblems();
        if (fields.Scenarios is not null)
            problems.Add("scenarios", "one flow composes 'scenario'; to compare several, ask a comparison");
        var pick = await shelf.ApplyAsync(scenarios ?? TextList.Split(fields.Scenario), cancellationToken);
        foreach (var problem in pick.Problems)
            problems.Add("scenario", problem);
        var options = FlowOptionsReader.Read(fields, pick.Applied?.Dataset ?? shelf.Dataset, limits, problems);
        return problems.IsEmpty && options is not null && pick.Applied is { } applied
            ? Parsed<FlowQuestion>.Of(new FlowQuestion(applied, options))
            : Parsed<FlowQuestion>.Failed(problems);
    }

    /// <summary>
    /// Solves the question off the calling thread. A cancel returns at once; the solve behind it is
    /// interrupted where the solver allows it (the LP backends that honour an interrupt, the network
    /// simplex) and otherwise ends at its time limit.
    /// </summary>
    public async Task<FlowReport> SolveAsync(CancellationToken cancellationToken)
    {
        var options = Options with { Solver = Options.Solver with { Cancellation = cancellationToken } };
        var solve = Task.Run(() => FlowPlanner.Plan(Applied, options), CancellationToken.None);
        await solve.WaitAsync(cancellationToken);
        return await solve;
    }
}
