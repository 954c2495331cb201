using System.ComponentModel;
using System.Globalization;
using Caravan.Questions.Investment;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// Options of <c>caravan invest</c>. <c>--scenario</c> comes from <see cref="ScenarioSettings"/>; here each is a
/// weighted scenario of the stochastic program, <c>name[+name...][@probability]</c> (see <see cref="InvestQuestion"/>).
/// </summary>
public sealed class InvestSettings : ScenarioSettings
{
    /// <summary>Total capex budget, US$.</summary>
    [CommandOption("--budget <USD>")]
    [Description("Total capex budget, US$ (default: no limit). Accepts 2e9 or 2000000000.")]
    public string? Budget { get; init; }

    /// <summary>Capex that may be spent in any one year, US$.</summary>
    [CommandOption("--yearly-budget <USD>")]
    [Description("Capex that may be spent in any one year, US$; projects are then scheduled within --horizon years.")]
    public string? YearlyBudget { get; init; }

    /// <summary>Years within which every chosen project must be finished under a yearly budget.</summary>
    [CommandOption("--horizon <YEARS>")]
    [Description("Years within which every project must be finished under a yearly budget (default 10).")]
    [DefaultValue(10)]
    public int Horizon { get; init; } = 10;

    /// <summary>Budget sweep <c>MIN:MAX:STEP</c>, US$.</summary>
    [CommandOption("--sweep <MIN:MAX:STEP>")]
    [Description("Solve at budgets MIN, MIN+STEP, ... MAX (US$) for the budget frontier.")]
    public string? Sweep { get; init; }

    /// <summary>Folder for the frontier plot.</summary>
    [CommandOption("--plot <DIR>")]
    [Description("Write the budget frontier as frontier.png and frontier.svg into DIR (needs --sweep).")]
    public string? Plot { get; init; }

    /// <summary>OR-Tools MIP backend.</summary>
    [CommandOption("--solver <NAME>")]
    [Description("MIP backend: SCIP (default), CBC, CP_SAT or HIGHS.")]
    [DefaultValue("SCIP")]
    public string Solver { get; init; } = "SCIP";

    /// <summary>What to optimise: <c>cost</c> or <c>served</c>.</summary>
    [CommandOption("--objective <OBJECTIVE>")]
    [Description("cost (default): least expected annual total cost; served: most expected demand served within the budget (then least cost).")]
    [DefaultValue("cost")]
    public string Objective { get; init; } = "cost";

    /// <summary>Replications of the final Monte Carlo check; 0 skips it.</summary>
    [CommandOption("--check-runs <R>")]
    [Description("Replications of the final Monte Carlo check of the portfolio against the baseline under each scenario, with common random numbers (default 200; 0 skips it).")]
    [DefaultValue(200)]
    public int CheckRuns { get; init; } = 200;

    /// <summary>Root seed of the check.</summary>
    [CommandOption("--seed <N>")]
    [Description("Root seed of the Monte Carlo check (default 1); the same seed gives the same check.")]
    [DefaultValue(1UL)]
    public ulong Seed { get; init; } = 1;

    /// <summary>The question these options ask; the question checks every value.</summary>
    public InvestFields Fields() => new()
    {
        Budget = Usd(Budget, "--budget"),
        YearlyBudget = Usd(YearlyBudget, "--yearly-budget"),
        Horizon = Horizon,
        Scenarios = Scenarios.Length == 0 ? null : Scenarios,
        Sweep = SweepUsd(),
        Objective = Objective,
        CheckRuns = CheckRuns,
        Seed = Seed > long.MaxValue ? -1 : (long)Seed,
        Solver = Solver,
    };

    // MIN:MAX:STEP is the command line's way to write the API's {min, max, step}; the question checks the values.
    private InvestSweep? SweepUsd()
    {
        if (Sweep is null)
            return null;
        var parts = Sweep.Split(':');
        if (parts.Length != 3)
            throw new CaravanException($"--sweep must be MIN:MAX:STEP in US$, got '{Sweep}'");
        return new InvestSweep(Usd(parts[0], "--sweep MIN")!.Value, Usd(parts[1], "--sweep MAX")!.Value, Usd(parts[2], "--sweep STEP")!.Value);
    }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
            return baseResult;
        if (Plot is not null && Sweep is null)
            return ValidationResult.Error("--plot draws the budget frontier: give --sweep MIN:MAX:STEP too");
        return ValidationResult.Success();
    }

    private static double? Usd(string? text, string option)
    {
        if (text is null)
            return null;
        if (!double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value))
            throw new CaravanException($"{option} must be a non-negative amount in US$, got '{text}'");
        return value;
    }
}
