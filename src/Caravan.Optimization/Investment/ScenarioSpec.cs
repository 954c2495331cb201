using System.Globalization;
using Caravan.Core.Scenarios;

namespace Caravan.Optimization.Investment;

/// <summary>
/// One weighted scenario as a user writes it: <c>name[+name...][@probability]</c>. Names compose in order;
/// specs without a probability share what the others leave. Shared by the CLI and the API.
/// </summary>
/// <param name="Label">The names as written, without the probability (<c>china-transit-closed+storms</c>).</param>
/// <param name="Names">The scenario names or files, in order.</param>
/// <param name="Probability">The probability given after '@', or null.</param>
public sealed record ScenarioSpec(string Label, IReadOnlyList<string> Names, double? Probability)
{
    /// <summary>Parses <paramref name="spec"/>; on failure returns null and a one-line <paramref name="error"/>.</summary>
    public static ScenarioSpec? Parse(string spec, out string? error)
    {
        error = null;
        var at = spec.LastIndexOf('@');
        double? probability = null;
        var label = spec;
        if (at >= 0)
        {
            if (!double.TryParse(spec[(at + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || !(p > 0) || p > 1)
            {
                error = "the probability after '@' must be in (0, 1]";
                return null;
            }
            probability = p;
            label = spec[..at];
        }
        var names = label.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            error = "name a scenario ('baseline' for none)";
            return null;
        }
        return new ScenarioSpec(label, names, probability);
    }

    /// <summary>
    /// The probability of each of <paramref name="specs"/>: as given, and the rest shared evenly by those
    /// without one. Null and a one-line <paramref name="error"/> when they cannot sum to 1.
    /// </summary>
    public static IReadOnlyList<double>? Probabilities(IReadOnlyList<ScenarioSpec> specs, out string? error)
    {
        error = null;
        var given = specs.Sum(p => p.Probability ?? 0);
        var open = specs.Count(p => p.Probability is null);
        if (given > 1 + 1e-9 || (open == 0 && Math.Abs(given - 1) > 1e-6))
        {
            error = $"scenario probabilities sum to {given.ToString("0.###", CultureInfo.InvariantCulture)}; they must sum to 1 (leave some without '@' to share the rest)";
            return null;
        }
        if (open > 0 && given >= 1 - 1e-9)
        {
            error = "the given probabilities leave nothing for the scenarios without '@'";
            return null;
        }
        return specs.Select(p => p.Probability ?? (1 - given) / open).ToArray();
    }

    /// <summary>
    /// The default set when the user names none: every scenario of <paramref name="catalog"/>, the
    /// baseline at 0.5 and the others sharing 0.5 (the baseline alone at 1 when there are no others).
    /// </summary>
    public static IReadOnlyList<WeightedScenario> Defaults(IReadOnlyList<Scenario> catalog)
    {
        var others = catalog.Where(s => !Scenario.IsBaseline(s.Name)).ToArray();
        var baseline = catalog.FirstOrDefault(s => Scenario.IsBaseline(s.Name));
        var first = new WeightedScenario(Scenario.Baseline.Name, baseline is null ? [] : [baseline], others.Length == 0 ? 1 : 0.5);
        return [first, .. others.Select(s => new WeightedScenario(s.Name, [s], 0.5 / others.Length))];
    }
}
