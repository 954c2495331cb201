using System.Runtime.CompilerServices;
using Caravan.Core.Data;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;

namespace Caravan.Questions.Routes;

/// <summary>
/// One route planner per dataset in use (the loaded one, and each scenario's), kept while the dataset
/// lives: a planner caches per-commodity cost tables, which is most of a query's work. Planners with
/// other cost parameters (a carbon price, a time quantile) are made for the question and not kept.
/// </summary>
public sealed class RoutePlanners
{
    private readonly ConditionalWeakTable<Dataset, RoutePlanner> _planners = [];

    /// <summary>
    /// The planner for a scenario under <paramref name="parameters"/>: its arcs pay the congestion of
    /// the scenario's background freight.
    /// </summary>
    public RoutePlanner For(AppliedScenario applied, CostParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(applied);
        return parameters is null || parameters == CostParameters.Default
            ? _planners.GetValue(applied.Dataset, _ => new RoutePlanner(new CostModel(applied.Dataset, null, applied.Traffic)))
            : new RoutePlanner(new CostModel(applied.Dataset, parameters, applied.Traffic));
    }
}
