using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;
using Caravan.Optimization.Investment;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;
using Caravan.Questions.Scenarios;

namespace Caravan.Questions.Investment;

/// <summary>An investment question, read and checked: the optimiser's inputs.</summary>
/// <param name="Dataset">The dataset the projects edit.</param>
/// <param name="Projects">The candidates.</param>
/// <param name="Scenarios">The weighted scenarios.</param>
/// <param name="Settings">Budgets, objective, solver and time limit.</param>
/// <param name="SweepBudgets">Budgets of the frontier; empty without a sweep.</param>
/// <param name="CheckRuns">Replications of the Monte Carlo check; 0 = none.</param>
/// <param name="Seed">Root seed of the check.</param>
public sealed record InvestQuestion(
    Dataset Dataset, IReadOnlyList<Project> Projects, IReadOnlyList<WeightedScenario> Scenarios, InvestmentSettings Settings,
    IReadOnlyList<double> SweepBudgets, int CheckRuns, ulong Seed)
{
    /// <summary>Replications of the check when the question names none.</summary>
    public const int DefaultCheckRuns = 200;

    /// <summary>The MIP backends.</summary>
    public static readonly IReadOnlyList<string> Solvers = ["SCIP", "CBC", "CP_SAT", "HIGHS"];

    /// <summary>The dataset's candidate projects; null with the reason when it has none or they do not load.</summary>
    public static (IReadOnlyList<Project>? Projects, string? Problem) Candidates(ProjectLoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.Projects is not { } projects)
            return (null, $"{loaded.Problems.Count} project problem(s):\n{string.Join('\n', loaded.Problems.Take(20))}");
        return projects.Count == 0
            ? (null, $"the dataset has no candidate projects: add {ProjectReader.File} and {ProjectReader.Folder}/ (docs/investment.md)")
            : (projects, null);
    }

    /// <summary>Reads <paramref name="fields"/> against the dataset, its candidates and scenarios; every problem, each on its field.</summary>
    public static async Task<Parsed<InvestQuestion>> ParseAsync(
        InvestFields fields, IReadOnlyList<Project> projects, IScenarioShelf shelf, QuestionLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new FieldProblems();
        Amount(fields.Budget, "budget", problems);
        Amount(fields.YearlyBudget, "yearlyBudget", problems);
        var horizon = fields.Horizon ?? 10;
        if (horizon < 1 || horizon > limits.MaxHorizonYears)
            problems.Add("horizon", $"must be 1 to {limits.MaxHorizonYears} years; got {horizon}");
        InvestmentObjective? objective = fields.Objective?.Trim().ToLowerInvariant() switch
        {
            null or "cost" => InvestmentObjective.Cost,
            "served" => InvestmentObjective.Served,
            _ => null,
        };
        if (objective is null)
            problems.Add("objective", $"must be cost or served; got '{fields.Objective}'{Suggestions.DidYouMean(fields.Objective!, ["cost", "served"])}");
        var solver = (fields.Solver ?? Solvers[0]).Trim().ToUpperInvariant();
        if (!Solvers.Contains(solver))
            problems.Add("solver", $"'{fields.Solver}' is not available; use {string.Join(", ", Solvers)}{Suggestions.DidYouMean(solver, Solvers)}");
        var checkRuns = fields.CheckRuns ?? DefaultCheckRuns;
        if (checkRuns < 0 || checkRuns > limits.MaxReplications)
            problems.Add("checkRuns", string.Create(CultureInfo.InvariantCulture, $"must be 0 (no check) to {limits.MaxReplications:N0}; got {checkRuns}"));
        if (fields.Seed is < 0)
            problems.Add("seed", $"must be 0 or more; got {fields.Seed}");
        var budgets = Sweep(fields.Sweep, limits, problems);
        var scenarios = await WeightedAsync(fields.Scenarios ?? [], shelf, problems, cancellationToken);
        if (!problems.IsEmpty || scenarios is null || objective is null)
            return Parsed<InvestQuestion>.Failed(problems);
        var settings = new InvestmentSettings
        {
            BudgetUsd = fields.Budget,
            YearlyBudgetUsd = fields.YearlyBudget,
            HorizonYears = horizon,
            Objective = objective.Value,
            Solver = solver,
            TimeLimit = limits.MaxRunSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
        };
        return Parsed<InvestQuestion>.Of(new InvestQuestion(shelf.Dataset, projects, scenarios, settings, budgets, checkRuns, (ulong)(fields.Seed ?? 1)));
    }

    /// <summary>
    /// Builds the program, solves it (a cancel interrupts the MIP where the solver allows), explains the
    /// portfolio, sweeps the budgets, then checks the portfolio by simulation with common random numbers.
    /// <paramref name="progress"/> hears the share done: solve and explanation to 0.45, the sweep to 0.6, the check to 1.
    /// </summary>
    public InvestOutcome Answer(Action<double>? progress, CancellationToken cancellationToken)
    {
        progress ??= _ => { };
        var instance = InstanceBuilder.Build(Dataset, Projects, Scenarios);
        progress(0.1);
        var settings = Settings with { Cancellation = cancellationToken };
        var solution = InvestmentMip.Solve(instance, settings);
        cancellationToken.ThrowIfCancellationRequested();
        progress(0.3);
        var report = solution.HasPortfolio ? PortfolioReport.Create(instance, solution, Settings.Objective) : null;
        progress(0.45);
        var frontier = new List<FrontierPoint>();
        foreach (var budget in SweepBudgets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            frontier.AddRange(BudgetSweep.Run(instance, settings, [budget]));
            progress(0.45 + 0.15 * frontier.Count / SweepBudgets.Count);
        }
        PortfolioCheckResult? check = null;
        if (report is not null && CheckRuns > 0)
        {
            var options = new SimulationOptions { Replications = CheckRuns, Seed = Seed };
            var total = 2.0 * Scenarios.Count * options.Replications;
            check = PortfolioCheck.Run(Dataset, Projects, [.. report.Projects.Where(p => p.Chosen).Select(p => p.Id)], Scenarios, options,
                new ProgressRelay(done => progress(0.6 + 0.4 * done / total)), cancellationToken);
        }
        progress(1);
        return new InvestOutcome(Projects, instance, solution, report, frontier, check);
    }

    /// <summary>The contract of <paramref name="outcome"/>.</summary>
    public InvestAnswer Contract(InvestOutcome outcome) => InvestAnswer.Of(outcome, Settings.Objective);

    private static void Amount(double? usd, string field, FieldProblems problems)
    {
        if (usd is { } v && !(v >= 0 && v <= FieldLimits.Ceiling))
            problems.Add(field, string.Create(CultureInfo.InvariantCulture, $"must be a non-negative amount in US$, at most {FieldLimits.Ceiling:N0}; got {v}"));
    }

    private static IReadOnlyList<double> Sweep(InvestSweep? sweep, QuestionLimits limits, FieldProblems problems)
    {
        if (sweep is null)
            return [];
        if (!(sweep.Step > 0) || !(sweep.Min >= 0) || !(sweep.Max >= sweep.Min) || !(sweep.Max <= FieldLimits.Ceiling))
        {
            problems.Add("sweep", string.Create(CultureInfo.InvariantCulture, $"needs MIN ≤ MAX and a positive STEP, US$; got {sweep.Min}:{sweep.Max}:{sweep.Step}"));
            return [];
        }
        if ((sweep.Max - sweep.Min) / sweep.Step > limits.MaxSweepSolves)
        {
            problems.Add("sweep", $"asks for more than {limits.MaxSweepSolves} solves; use a larger step");
            return [];
        }
        return BudgetSweep.Budgets(sweep.Min, sweep.Max, sweep.Step);
    }

    // Each spec names scenarios the shelf finds (the command line also takes files; the server stored scenarios).
    private static async Task<List<WeightedScenario>?> WeightedAsync(IReadOnlyList<string> specs, IScenarioShelf shelf, FieldProblems problems,
        CancellationToken cancellationToken)
    {
        if (specs.Count == 0)
            return [.. ScenarioSpec.Defaults(shelf.Shipped)];
        var parsed = new List<ScenarioSpec>();
        var weighted = new List<(ScenarioSpec Spec, Scenario[] Scenarios)>();
        for (var i = 0; i < specs.Count; i++)
        {
            if (ScenarioSpec.Parse(specs[i] ?? "", out var error) is not { } spec)
            {
                problems.Add($"scenarios[{i}]", $"'{specs[i]}': {error}");
                continue;
            }
            var found = new List<Scenario>();
            foreach (var name in spec.Names)
            {
                var find = await shelf.FindAsync(name, cancellationToken);
                foreach (var problem in find.Problems)
                    problems.Add($"scenarios[{i}]", problem);
                if (find.Scenario is { } scenario)
                    found.Add(scenario);
            }
            parsed.Add(spec);
            weighted.Add((spec, [.. found]));
        }
        if (!problems.IsEmpty)
            return null;
        var probabilities = ScenarioSpec.Probabilities(parsed, out var sum);
        if (probabilities is null)
        {
            problems.Add("scenarios", sum!);
            return null;
        }
        return [.. weighted.Select((w, i) => new WeightedScenario(w.Spec.Label, w.Scenarios, probabilities[i]))];
    }
}
