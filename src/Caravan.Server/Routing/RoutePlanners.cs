using System.Runtime.CompilerServices;
using Caravan.Core.Data;
using Caravan.Core.Routing;

namespace Caravan.Server.Routing;

/// <summary>
/// One route planner per dataset in use (the loaded one, and each scenario's), kept while the
/// dataset lives: a planner caches per-commodity cost tables, which is most of a query's work.
/// </summary>
public sealed class RoutePlanners
{
    private readonly ConditionalWeakTable<Dataset, RoutePlanner> _planners = [];

    /// <summary>The planner for <paramref name="dataset"/>.</summary>
    public RoutePlanner For(Dataset dataset) => _planners.GetValue(dataset, d => new RoutePlanner(new CostModel(d)));
}
