using System.Globalization;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;
using Caravan.Questions.Scenarios;

namespace Caravan.Questions.Routes;

/// <summary>
/// The flagship comparison asked for a shipment size on the dataset under scenarios: gallium and
/// uranium concentrate from Kazakhstan and Uzbekistan to Japan, the best route of each corridor
/// family under each flagship scenario.
/// </summary>
/// <param name="Applied">The dataset after the scenarios.</param>
/// <param name="Tonnes">Shipment size, t.</param>
public sealed record FlagshipQuestion(AppliedScenario Applied, double Tonnes)
{
    /// <summary>What ranks "best" in every cell and row.</summary>
    public const string Ranking = "lowest generalised cost: money + time value + carbon + risk premium, US$";

    /// <summary>Reads the shipment size (default 1 t) and the scenarios; every problem, each on its field.</summary>
    public static async Task<Parsed<FlagshipQuestion>> ParseAsync(
        double? tonnes, IReadOnlyList<string> scenarios, IScenarioShelf shelf, QuestionLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new FieldProblems();
        var size = tonnes ?? 1;
        if (!(size > 0 && size <= limits.MaxTonnes))
            problems.Add("tonnes", string.Create(CultureInfo.InvariantCulture, $"must be more than 0 and at most {limits.MaxTonnes:N0} t; got {size}"));
        var pick = await shelf.ApplyAsync(scenarios, cancellationToken);
        foreach (var problem in pick.Problems)
            problems.Add("scenario", problem);
        return problems.IsEmpty && pick.Applied is { } applied ? Parsed<FlagshipQuestion>.Of(new(applied, size)) : Parsed<FlagshipQuestion>.Failed(problems);
    }

    /// <summary>Every cell of the comparison; empty when the dataset has no flagship case.</summary>
    public IReadOnlyList<FlagshipCase> Cases(RoutePlanners planners)
    {
        ArgumentNullException.ThrowIfNull(planners);
        return [.. Flagship.Run(planners.For(Applied), Tonnes).Select(c => FlagshipCase.Of(c, Applied.Dataset))];
    }

    /// <summary>The whole comparison with its columns and rows.</summary>
    public FlagshipAnswer Answer(IReadOnlyList<FlagshipCase> cases) => new(
        Tonnes, RouteQuestion.ScenarioNames(Applied), Ranking,
        [.. FlagshipScenario.All.Select(s => new FlagshipColumn(s.Id, s.Name, s.Constraints.Describe()))],
        [.. RouteFamily.All.Select(f => new FlagshipRow(f.Id, f.Name))],
        cases);
}
