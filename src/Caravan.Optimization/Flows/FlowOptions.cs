using Caravan.Core.Routing;

namespace Caravan.Optimization.Flows;

/// <summary>The flow question: over how many days, which commodities, what unmet demand costs, and how to solve.</summary>
public sealed record FlowOptions
{
    /// <summary>The defaults: one year, every commodity, penalty 10 × value (at least 5,000 US$/t), HiGHS.</summary>
    public static FlowOptions Default { get; } = new();

    /// <summary>Length of the period, days (365 = a year). Supply and demand are pro rata of their yearly tonnes.</summary>
    public double PeriodDays { get; init; } = Core.Hours.DaysPerYear;

    /// <summary>
    /// First day of the period (0 = 1 January, the day count of scenario windows). Windowed closures,
    /// seasonal capacities and seasonal closure rates are taken over the period that starts here, so a
    /// winter quarter sees the Caspian's winter; default 0.
    /// </summary>
    public double StartDay { get; init; }

    /// <summary>Commodity ids to plan; empty = every commodity with both supply and demand.</summary>
    public IReadOnlyList<string> Commodities { get; init; } = [];

    /// <summary>
    /// Countries (ISO alpha-2) whose supply may ship; empty = every supply. Asks "what can these
    /// origins deliver?" (the flagship case: Kazakh and Uzbek output to Japan); demand the named
    /// origins cannot serve is reported unmet.
    /// </summary>
    public IReadOnlyList<string> Origins { get; init; } = [];

    /// <summary>
    /// Unmet-demand penalty as a multiple of the commodity's value per tonne. Default 10: a tonne not
    /// delivered costs the buyer far more than its price (lost production downstream); an estimate,
    /// chosen high enough that no route in the dataset costs more, so demand goes unmet only when
    /// capacity or supply runs out.
    /// </summary>
    public double PenaltyValueMultiple { get; init; } = 10;

    /// <summary>The least penalty, US$/t, so cheap bulk (chromite, 300 US$/t) is still worth moving. Default 5,000.</summary>
    public double PenaltyFloorUsdPerTonne { get; init; } = 5_000;

    /// <summary>Penalties by commodity id, US$/t, overriding the default rule.</summary>
    public IReadOnlyDictionary<string, double> PenaltyUsdPerTonne { get; init; } = new Dictionary<string, double>();

    /// <summary>The routing cost model's prices and weights.</summary>
    public CostParameters Costs { get; init; } = CostParameters.Default;

    /// <summary>Solver choice and limits.</summary>
    public FlowSolverOptions Solver { get; init; } = FlowSolverOptions.Default;

    /// <summary>The day whose trade rules (<c>trade-rules.csv</c>) are in force; null = today (UTC).</summary>
    public DateOnly? RulesDay { get; init; }
}
