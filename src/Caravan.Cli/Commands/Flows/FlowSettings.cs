using System.ComponentModel;
using Caravan.Cli.Conventions;
using Caravan.Questions.Fields;
using Caravan.Questions.Flows;
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
    [Field("commodity")]
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

    /// <summary>The question these options ask (one flow, or a comparison of the <c>--scenario</c> sets); the question checks every value.</summary>
    public FlowFields Fields(bool compare = false) => new()
    {
        Scenarios = compare ? Scenarios : null,
        Period = Period,
        StartDay = StartDay,
        Commodity = TextList.Join(Commodities),
        Origins = TextList.Join(Origins),
        Method = Method,
        Backend = Backend,
        TimeLimitSeconds = TimeLimitSeconds,
    };
}
