using System.ComponentModel;
using System.Globalization;
using Caravan.Optimization.Flows;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan flow</c> and <c>caravan compare</c>: period, commodities, solver.</summary>
public class FlowSettings : ScenarioSettings
{
    /// <summary>The period: year, quarter, month or a number of days.</summary>
    [CommandOption("--period <PERIOD>")]
    [Description("Period to plan: year (default), quarter, month, or a number of days.")]
    [DefaultValue("year")]
    public string Period { get; init; } = "year";

    /// <summary>First day of the period, 0 = 1 January.</summary>
    [CommandOption("--start-day <DAY>")]
    [Description("First day of the period, 0 (1 January) to 364: seasonal capacities, seasonal closures and scenario windows are taken over the period from it (default 0).")]
    [DefaultValue(0.0)]
    public double StartDay { get; init; }

    /// <summary>Commodity ids to plan; none = all.</summary>
    [CommandOption("--commodity <ID>")]
    [Description("Commodity to plan (repeatable); default every commodity with supply and demand.")]
    public string[] Commodities { get; init; } = [];

    /// <summary>Origin countries whose supply may ship; none = all.</summary>
    [CommandOption("--origin <COUNTRY>")]
    [Description("Only supply in this country ships (repeatable, ISO alpha-2): what can these origins deliver?")]
    public string[] Origins { get; init; } = [];

    /// <summary>Formulation and engine.</summary>
    [CommandOption("--method <METHOD>")]
    [Description("auto (default: one commodity as min-cost flow on the network simplex, or on cost scaling above 250,000 arcs; more as an LP), network-simplex, cost-scaling (OR-Tools) or lp.")]
    [DefaultValue("auto")]
    public string Method { get; init; } = "auto";

    /// <summary>LP backend.</summary>
    [CommandOption("--backend <SOLVER>")]
    [Description("LP solver: auto (default: clp for small problems; for large ones glop with duals, highs without), highs, glop, clp or pdlp.")]
    [DefaultValue("auto")]
    public string Backend { get; init; } = "auto";

    /// <summary>Solver time limit, seconds.</summary>
    [CommandOption("--time-limit <SECONDS>")]
    [Description("Stop the LP (or the network simplex) after this many seconds; the LP reports the best flow found.")]
    public double? TimeLimitSeconds { get; init; }

    /// <summary>Rows per table.</summary>
    [CommandOption("--top <N>")]
    [Description("Rows per table in table output (default 15).")]
    [DefaultValue(15)]
    public int Top { get; init; } = 15;

    /// <summary>The period in days.</summary>
    public double PeriodDays => Period.ToLowerInvariant() switch
    {
        "year" => 365,
        "quarter" => 91,
        "month" => 30,
        var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days > 0 => days,
        _ => throw new CaravanException($"--period must be year, quarter, month or a positive number of days; got '{Period}'"),
    };

    /// <summary>The flow options these settings ask for.</summary>
    public FlowOptions Options()
    {
        var backend = Backend.ToLowerInvariant() switch
        {
            "auto" => LpBackend.Auto,
            "highs" => LpBackend.Highs,
            "glop" => LpBackend.Glop,
            "clp" => LpBackend.Clp,
            "pdlp" => LpBackend.Pdlp,
            _ => throw new CaravanException($"--backend must be auto, highs, glop, clp or pdlp; got '{Backend}'"),
        };
        var method = FlowMethodNames.Parse(Method)
            ?? throw new CaravanException($"--method must be {string.Join(", ", FlowMethodNames.All)}; got '{Method}'");
        if (!(StartDay >= 0 && StartDay < 365))
            throw new CaravanException($"--start-day must be a day of the year from 0 (1 January) to 364; got {StartDay.ToString(CultureInfo.InvariantCulture)}");
        return new FlowOptions
        {
            PeriodDays = PeriodDays,
            StartDay = StartDay,
            Commodities = Commodities,
            Origins = Origins,
            Solver = new FlowSolverOptions
            {
                Method = method,
                Backend = backend,
                TimeLimit = TimeLimitSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            },
        };
    }
}
