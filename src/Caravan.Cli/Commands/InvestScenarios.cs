using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Investment;

namespace Caravan.Cli.Commands;

/// <summary>
/// Turns <c>--scenario</c> specs into the weighted scenarios of the stochastic program. A spec is
/// <c>name[+name...][@probability]</c>; specs without a probability share what the others leave.
/// Without specs: every scenario the dataset ships, baseline at 0.5 and the others sharing 0.5.
/// </summary>
internal static class InvestScenarios
{
    public static IReadOnlyList<WeightedScenario> Resolve(IDatasetSource source, Dataset dataset, IReadOnlyList<string> specs)
    {
        var catalog = ScenarioCatalog.From(source);
        if (specs.Count == 0)
            return Defaults(catalog);
        var problems = new List<Problem>();
        var parsed = new List<(string Name, List<Scenario> Scenarios, double? Probability)>();
        foreach (var spec in specs)
        {
            var at = spec.LastIndexOf('@');
            double? probability = null;
            var names = spec;
            if (at >= 0)
            {
                if (!double.TryParse(spec[(at + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || !(p > 0) || p > 1)
                    throw new CaravanException($"--scenario '{spec}': the probability after '@' must be in (0, 1]");
                probability = p;
                names = spec[..at];
            }
            var list = new List<Scenario>();
            foreach (var name in names.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var result = catalog.Resolve(name);
                problems.AddRange(result.Problems);
                if (result.Scenario is { } scenario)
                    list.Add(scenario);
            }
            parsed.Add((names, list, probability));
        }
        problems.AddRange(ScenarioApplier.Validate(dataset, parsed.SelectMany(p => p.Scenarios)));
        if (problems.Count > 0)
            throw new CaravanException(problems.Count == 1 ? problems[0].ToString() : $"{problems.Count} scenario problems:\n{string.Join('\n', problems)}");
        var given = parsed.Sum(p => p.Probability ?? 0);
        var open = parsed.Count(p => p.Probability is null);
        if (given > 1 + 1e-9 || (open == 0 && Math.Abs(given - 1) > 1e-6))
            throw new CaravanException($"scenario probabilities sum to {given.ToString("0.###", CultureInfo.InvariantCulture)}; they must sum to 1 (leave some without '@' to share the rest)");
        if (open > 0 && given >= 1 - 1e-9)
            throw new CaravanException("the given probabilities leave nothing for the scenarios without '@'");
        return parsed.Select(p => new WeightedScenario(p.Name, p.Scenarios, p.Probability ?? (1 - given) / open)).ToArray();
    }

    private static WeightedScenario[] Defaults(ScenarioCatalog catalog)
    {
        var others = catalog.Scenarios.Where(s => !s.Name.Equals("baseline", StringComparison.OrdinalIgnoreCase)).ToArray();
        var baseline = catalog.Scenarios.FirstOrDefault(s => s.Name.Equals("baseline", StringComparison.OrdinalIgnoreCase));
        var first = new WeightedScenario("baseline", baseline is null ? [] : [baseline], others.Length == 0 ? 1 : 0.5);
        return [first, .. others.Select(s => new WeightedScenario(s.Name, [s], 0.5 / others.Length))];
    }
}
