using System.Runtime.CompilerServices;
using Caravan.Core.Data;
using Caravan.Core.Routing;

namespace Caravan.Questions.Routes;

/// <summary>
/// One route planner per dataset in use (the loaded one, and each scenario's), kept while the dataset
/// lives: a planner caches per-commodity cost tables, which is most of a query's work. Planners with
/// other cost parameters (a carbon price, a time quantile) are made for the question and not kept.
/// </summary>
public sealed class RoutePlanners
{
    private readonly ConditionalWeakTable<Dataset, RoutePlanner> _planners = [];

    /// <summary>The planner for <paramref name="dataset"/> under <paramref name="parameters"/>.</summary>
    public RoutePlanner For(Dataset dataset, CostParameters? parameters = null) =>
        parameters is null || parameters == CostParameters.Default
            ? _planners.GetValue(dataset, d => new RoutePlanner(new CostModel(d)))
            : new RoutePlanner(new CostModel(dataset, parameters));
}
