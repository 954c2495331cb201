using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Investment;
using Caravan.Server.Contracts;
using Caravan.Server.Problems;

namespace Caravan.Server.Investment;

/// <summary>An <see cref="InvestRequest"/> checked field by field and turned into the optimiser's inputs.</summary>
/// <param name="Scenarios">The weighted scenarios.</param>
/// <param name="Settings">Budgets, objective and solver settings.</param>
/// <param name="SweepBudgets">Budgets of the frontier; empty without a sweep.</param>
/// <param name="CheckRuns">Replications of the Monte Carlo check; 0 = none.</param>
/// <param name="Seed">Root seed of the check.</param>
public sealed record InvestQuestion(
    IReadOnlyList<WeightedScenario> Scenarios, InvestmentSettings Settings, IReadOnlyList<double> SweepBudgets, int CheckRuns, ulong Seed)
{
    /// <summary>Replications of the check when the request names none, as in the CLI.</summary>
    public const int DefaultCheckRuns = 200;

    /// <summary>Most budgets one sweep may solve, as in the CLI.</summary>
    public const int MaxSweepPoints = 201;

    /// <summary>
    /// Checks <paramref name="request"/> against <paramref name="dataset"/>; <paramref name="builtIn"/> are the
    /// dataset's scenarios (the default set) and <paramref name="named"/> every scenario name the request
    /// uses, resolved beforehand (a scenario or the problem with that name). Adds every problem to
    /// <paramref name="errors"/> under the field at fault and returns null when there is one.
    /// </summary>
    public static InvestQuestion? Parse(InvestRequest request, Dataset dataset, IReadOnlyList<Scenario> builtIn,
        IReadOnlyDictionary<string, (Scenario? Scenario, string? Problem)> named, int maxReplications, TimeSpan timeLimit, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        Amount(request.Budget, "budget", errors);
        Amount(request.YearlyBudget, "yearlyBudget", errors);
        var horizon = request.Horizon ?? 10;
        if (horizon is < 1 or > 50)
            errors.Add("horizon", "between 1 and 50 years");
        InvestmentObjective? objective = request.Objective?.ToLowerInvariant() switch
        {
            null or "cost" => InvestmentObjective.Cost,
            "served" => InvestmentObjective.Served,
            _ => null,
        };
        if (objective is null)
            errors.Add("objective", $"cost or served, not '{request.Objective}'");
        var checkRuns = request.CheckRuns ?? DefaultCheckRuns;
        if (checkRuns < 0 || checkRuns > maxReplications)
            errors.Add("checkRuns", $"between 0 (no check) and {maxReplications}");
        if (request.Seed is < 0)
            errors.Add("seed", "0 or more");
        var budgets = Sweep(request.Sweep, errors);
        var scenarios = Weighted(request.Scenarios ?? [], dataset, builtIn, named, errors);
        if (!errors.IsEmpty || scenarios is null || objective is null)
            return null;
        var settings = new InvestmentSettings
        {
            BudgetUsd = request.Budget,
            YearlyBudgetUsd = request.YearlyBudget,
            HorizonYears = horizon,
            Objective = objective.Value,
            TimeLimit = timeLimit,
        };
        return new InvestQuestion(scenarios, settings, budgets, checkRuns, (ulong)(request.Seed ?? 1));
    }

    /// <summary>The dataset's candidate projects from <paramref name="loaded"/>; null with a reason when it has none or they do not load.</summary>
    public static (IReadOnlyList<Project>? Projects, string? Problem) Projects(ProjectLoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.Projects is not { } projects)
            return (null, $"the dataset's projects have {loaded.Problems.Count} problem(s), first: {loaded.Problems[0]}");
        return projects.Count == 0
            ? (null, $"the dataset has no candidate projects ({ProjectReader.File} and {ProjectReader.Folder}/)")
            : (projects, null);
    }

    private static void Amount(double? usd, string field, FieldErrors errors)
    {
        if (usd is { } v && !(v >= 0 && v <= Core.Data.FieldLimits.Ceiling))
            errors.Add(field, $"a non-negative amount in US$, at most {Core.Data.FieldLimits.Ceiling:N0}");
    }

    private static IReadOnlyList<double> Sweep(InvestSweep? sweep, FieldErrors errors)
    {
        if (sweep is null)
            return [];
        if (!(sweep.Step > 0) || !(sweep.Min >= 0) || !(sweep.Max >= sweep.Min) || !(sweep.Max <= Core.Data.FieldLimits.Ceiling))
        {
            errors.Add("sweep", "needs 0 ≤ min ≤ max and a positive step, US$");
            return [];
        }
        if ((sweep.Max - sweep.Min) / sweep.Step >= MaxSweepPoints)
        {
            errors.Add("sweep", $"asks for more than {MaxSweepPoints - 1} solves; use a larger step");
            return [];
        }
        return BudgetSweep.Budgets(sweep.Min, sweep.Max, sweep.Step);
    }

    /// <summary>Every scenario name <paramref name="specs"/> use ("a+b@0.2"), for resolving before <see cref="Parse"/>.</summary>
    public static IEnumerable<string> Names(IReadOnlyList<string>? specs) =>
        (specs ?? []).SelectMany(spec => ScenarioSpec.Parse(spec ?? "", out _)?.Names ?? []).Distinct(StringComparer.OrdinalIgnoreCase);

    // Scenarios by name only, built-in or stored: a request never names a file on the server.
    private static List<WeightedScenario>? Weighted(IReadOnlyList<string> specs, Dataset dataset, IReadOnlyList<Scenario> builtIn,
        IReadOnlyDictionary<string, (Scenario? Scenario, string? Problem)> named, FieldErrors errors)
    {
        if (specs.Count == 0)
            return ScenarioSpec.Defaults(builtIn).ToList();
        var parsed = new List<ScenarioSpec>();
        var weighted = new List<(ScenarioSpec Spec, Scenario[] Scenarios)>();
        for (var i = 0; i < specs.Count; i++)
        {
            if (ScenarioSpec.Parse(specs[i] ?? "", out var error) is not { } spec)
            {
                errors.Add($"scenarios[{i}]", error!);
                continue;
            }
            var found = new List<Scenario>();
            foreach (var name in spec.Names)
            {
                if (named.TryGetValue(name, out var resolved) && resolved.Scenario is { } scenario)
                    found.Add(scenario);
                else
                    errors.Add($"scenarios[{i}]", resolved.Problem ?? $"unknown scenario '{name}'");
            }
            parsed.Add(spec);
            weighted.Add((spec, found.ToArray()));
        }
        if (!errors.IsEmpty)
            return null;
        foreach (var problem in ScenarioApplier.Validate(dataset, weighted.SelectMany(w => w.Scenarios)))
            errors.Add("scenarios", problem.ToString());
        var probabilities = ScenarioSpec.Probabilities(parsed, out var sum);
        if (probabilities is null)
            errors.Add("scenarios", sum!);
        if (!errors.IsEmpty || probabilities is null)
            return null;
        return weighted.Select((w, i) => new WeightedScenario(w.Spec.Label, w.Scenarios, probabilities[i])).ToList();
    }
}
