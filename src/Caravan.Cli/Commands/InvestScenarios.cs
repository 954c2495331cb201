using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Investment;

namespace Caravan.Cli.Commands;

/// <summary>
/// Turns <c>--scenario</c> specs into the weighted scenarios of the stochastic program (<see cref="ScenarioSpec"/>:
/// <c>name[+name...][@probability]</c>); the names resolve through <see cref="ScenarioSettings.ResolveScenarios"/>
/// like every other command's. Without specs: every scenario the dataset ships, baseline at 0.5 and the others sharing 0.5.
/// </summary>
internal static class InvestScenarios
{
    public static IReadOnlyList<WeightedScenario> Resolve(ScenarioSettings settings, Dataset dataset)
    {
        if (settings.Scenarios.Length == 0)
            return ScenarioSpec.Defaults(ScenarioCatalog.From(settings.DatasetSource()).Scenarios);
        var specs = settings.Scenarios
            .Select(spec => ScenarioSpec.Parse(spec, out var error) ?? throw new CaravanException($"--scenario '{spec}': {error}"))
            .ToArray();
        // One call resolves every name, so every problem of every spec is reported together.
        var resolved = settings.ResolveScenarios(dataset, specs.SelectMany(s => s.Names));
        var probabilities = ScenarioSpec.Probabilities(specs, out var problem) ?? throw new CaravanException(problem!);
        var weighted = new List<WeightedScenario>();
        var next = 0;
        for (var i = 0; i < specs.Length; i++)
        {
            var mine = resolved.Skip(next).Take(specs[i].Names.Count).ToArray();
            next += specs[i].Names.Count;
            weighted.Add(new WeightedScenario(specs[i].Label, mine, probabilities[i]));
        }
        return weighted;
    }
}
