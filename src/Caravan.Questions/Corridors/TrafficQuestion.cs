using Caravan.Core.Scenarios;
using Caravan.Core.Traffic;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;
using Caravan.Questions.Scenarios;

namespace Caravan.Questions.Corridors;

/// <summary>
/// A corridor-traffic question, read and checked: the dataset's background freight under a scenario,
/// beside the same freight under no scenario, so the answer shows what diverted.
/// </summary>
/// <param name="Applied">The dataset after the scenarios, with the year's traffic options.</param>
/// <param name="Baseline">The dataset as it is, with the same options.</param>
public sealed record TrafficQuestion(AppliedScenario Applied, AppliedScenario Baseline)
{
    /// <summary>Earliest year the freight may be carried to.</summary>
    public const int FirstYear = 2000;

    /// <summary>Latest year the freight may be carried to.</summary>
    public const int LastYear = 2100;

    /// <summary>Reads <paramref name="fields"/> (scenarios: <paramref name="scenarios"/> when given, else the field split at commas); every problem on its field.</summary>
    public static async Task<Parsed<TrafficQuestion>> ParseAsync(
        TrafficFields fields, IScenarioShelf shelf, CancellationToken cancellationToken, IReadOnlyList<string>? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(shelf);
        var problems = new FieldProblems();
        if (fields.Year is { } year && year is < FirstYear or > LastYear)
            problems.Add("year", $"must be between {FirstYear} and {LastYear}; got {year}");
        var pick = await shelf.ApplyAsync(scenarios ?? TextList.Split(fields.Scenario), cancellationToken);
        foreach (var problem in pick.Problems)
            problems.Add("scenario", problem);
        if (!problems.IsEmpty || pick.Applied is not { } applied)
            return Parsed<TrafficQuestion>.Failed(problems);
        var baseline = await shelf.ApplyAsync([], cancellationToken);
        var options = TrafficOptions.Default with { Year = fields.Year };
        return Parsed<TrafficQuestion>.Of(new TrafficQuestion(WithOptions(applied, options), WithOptions(baseline.Applied!, options)));
    }

    // The scenario itself when its options already match: its traffic is assigned once and kept with it
    // (the server keeps applied scenarios), so asking again costs no new assignment.
    private static AppliedScenario WithOptions(AppliedScenario applied, TrafficOptions options) =>
        applied.TrafficOptions == options ? applied : applied.WithTraffic(options);

    /// <summary>
    /// Assigns the freight under the scenario and the baseline, off the calling thread (each scenario's
    /// traffic once: it is kept with the scenario). A cancel returns at once; the assignment behind it is
    /// well under a second and ends on its own.
    /// </summary>
    public async Task<TrafficAnswer> AnswerAsync(CancellationToken cancellationToken)
    {
        var work = Task.Run(() =>
        {
            var traffic = Applied.Traffic;
            return TrafficAnswer.Of(Applied, traffic, Applied.Names.Count == 0 ? traffic : Baseline.Traffic);
        }, CancellationToken.None);
        await work.WaitAsync(cancellationToken);
        return await work;
    }
}
