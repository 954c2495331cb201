using Caravan.Core.Data;

namespace Caravan.Core.Routing;

/// <summary>
/// The flagship comparison: for gallium and uranium concentrate from Kazakhstan and
/// Uzbekistan to Japan, the best route of each family under each scenario, plus the best of all
/// families. Origins are the dataset's supply points of <c>gallium</c> and <c>u3o8</c> in KZ and UZ;
/// the destination is the Japanese demand node of each commodity (else <c>JPYOK</c>).
/// </summary>
public static class Flagship
{
    /// <summary>The commodity ids compared.</summary>
    public static IReadOnlyList<string> Commodities { get; } = ["gallium", "u3o8"];

    /// <summary>The (commodity, origin, destination) cases found in <paramref name="dataset"/>.</summary>
    public static IReadOnlyList<(Commodity Commodity, string From, string To)> Cases(Dataset dataset)
    {
        var cases = new List<(Commodity, string, string)>();
        foreach (var id in Commodities)
        {
            if (dataset.FindCommodity(id) is not { } c)
                continue;
            var to = dataset.Demand.Where(d => d.Commodity == id && dataset.FindNode(d.Node)?.Country == "JP")
                .Select(d => d.Node).FirstOrDefault() ?? (dataset.FindNode("JPYOK") is null ? null : "JPYOK");
            if (to is null)
                continue;
            foreach (var s in dataset.Supply.Where(s => s.Commodity == id && dataset.FindNode(s.Node)?.Country is "KZ" or "UZ")
                         .OrderByDescending(s => s.TonnesPerYear))
                cases.Add((c, s.Node, to));
        }
        return cases;
    }

    /// <summary>Runs the comparison: per case and scenario, one cell for the best overall and one per family.</summary>
    public static IReadOnlyList<FlagshipCell> Run(RoutePlanner planner, double tonnes = 1)
    {
        var cells = new List<FlagshipCell>();
        var dataset = planner.Model.Dataset;
        var rules = new Rules.TradeRuleBook(dataset);
        foreach (var (commodity, from, to) in Cases(dataset))
        {
            // Trade rules in force bar countries for every cell, as routing under scenarios does.
            var (_, barriers) = rules.For(commodity, dataset.FindNode(from)!.Country, dataset.FindNode(to)!.Country);
            foreach (var scenario in FlagshipScenario.All)
            {
                var request = new RouteRequest(from, to, commodity) { Tonnes = tonnes, Constraints = scenario.Constraints with { RuleBarriers = barriers } };
                cells.Add(Cell(planner.Best(request), commodity.Id, from, to, scenario.Id, "best"));
                foreach (var family in RouteFamily.All)
                {
                    var closed = family.Constraints.ViaCountries.Count > 0
                        && family.Constraints.ViaCountries.All(c => scenario.Constraints.AvoidCountries.Contains(c));
                    if (closed)
                    {
                        cells.Add(new FlagshipCell(commodity.Id, from, to, scenario.Id, family.Id, null,
                            $"closed by the scenario ({scenario.Name})"));
                        continue;
                    }
                    if (family == RouteFamily.Air && !commodity.MayUse(Network.Mode.Air))
                    {
                        cells.Add(new FlagshipCell(commodity.Id, from, to, scenario.Id, family.Id, null, $"{commodity.Id} may not fly"));
                        continue;
                    }
                    var constrained = request with { Constraints = request.Constraints.And(family.Constraints) };
                    cells.Add(Cell(planner.Best(constrained), commodity.Id, from, to, scenario.Id, family.Id));
                }
            }
        }
        return cells;
    }

    private static FlagshipCell Cell(RouteResult result, string commodity, string from, string to, string scenario, string family) =>
        new(commodity, from, to, scenario, family, result.Best, result.NoRouteReason);
}
