using Caravan.Core.Network;

namespace Caravan.Core.Data;

/// <summary>Cross-table rules: unique ids, references that resolve, and a network that connects supply to demand.</summary>
internal static class DatasetValidator
{
    public static void Check(RawTables t, List<Problem> problems)
    {
        Unique(t.NodesTable, t.Nodes, n => n.Id, "id", "node", problems);
        Unique(t.LinksTable, t.Links, l => l.Id, "id", "link", problems);
        Unique(t.CountriesTable, t.Countries, c => c.Code, "code", "country", problems);
        Unique(t.CommoditiesTable, t.Commodities, c => c.Id, "id", "commodity", problems);
        Unique(t.ChokepointsTable, t.Chokepoints, c => c.Id, "id", "chokepoint", problems);
        Unique(t.SupplyTable, t.Supply, s => $"{s.Node} / {s.Commodity}", "node", "supply row for", problems);
        Unique(t.DemandTable, t.Demand, d => $"{d.Node} / {d.Commodity}", "node", "demand row for", problems);

        var nodeIds = t.Nodes.Select(n => n.Value.Id).ToHashSet(StringComparer.Ordinal);
        var countryCodes = t.Countries.Select(c => c.Value.Code).ToHashSet(StringComparer.Ordinal);
        var commodityIds = t.Commodities.Select(c => c.Value.Id).ToHashSet(StringComparer.Ordinal);
        var chokepointIds = t.Chokepoints.Select(c => c.Value.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var (node, line) in t.Nodes)
            Reference(t.NodesTable, line, "country", node.Country, countryCodes, "country", problems);

        foreach (var (link, line) in t.Links)
        {
            Reference(t.LinksTable, line, "from", link.From, nodeIds, "node", problems);
            Reference(t.LinksTable, line, "to", link.To, nodeIds, "node", problems);
            if (link.From == link.To)
                problems.Add(new Problem(t.LinksTable.File, line, t.LinksTable.ColumnNumber("to"),
                    $"link '{link.Id}' goes from node '{link.From}' to itself"));
            if (link.Countries.Count == 0)
                problems.Add(new Problem(t.LinksTable.File, line, t.LinksTable.ColumnNumber("countries"),
                    $"link '{link.Id}' must list the countries it crosses"));
            foreach (var country in link.Countries)
                Reference(t.LinksTable, line, "countries", country, countryCodes, "country", problems);
            foreach (var chokepoint in link.Chokepoints)
                Reference(t.LinksTable, line, "chokepoints", chokepoint, chokepointIds, "chokepoint", problems);
        }

        foreach (var (supply, line) in t.Supply)
        {
            Reference(t.SupplyTable, line, "node", supply.Node, nodeIds, "node", problems);
            Reference(t.SupplyTable, line, "commodity", supply.Commodity, commodityIds, "commodity", problems);
        }
        foreach (var (demand, line) in t.Demand)
        {
            Reference(t.DemandTable, line, "node", demand.Node, nodeIds, "node", problems);
            Reference(t.DemandTable, line, "commodity", demand.Commodity, commodityIds, "commodity", problems);
        }

        CheckCapacityUnits(t, problems);

        Unique(t.TariffsTable, t.Tariffs, x => $"{x.Country} / {SnakeCase.Name(x.Mode)}", "country", "tariff for", problems);
        foreach (var (tariff, line) in t.Tariffs)
            Reference(t.TariffsTable, line, "country", tariff.Country, countryCodes, "country", problems);
        PriceFromTariffs(t, problems);
        CheckFreight(t, nodeIds, problems);

        var demanded = t.Demand.Select(d => d.Value.Commodity).ToHashSet(StringComparer.Ordinal);
        var supplied = t.Supply.Select(s => s.Value.Commodity).ToHashSet(StringComparer.Ordinal);
        foreach (var (supply, line) in t.Supply.Where(s => commodityIds.Contains(s.Value.Commodity) && !demanded.Contains(s.Value.Commodity)))
            problems.Add(new Problem(t.SupplyTable.File, line, t.SupplyTable.ColumnNumber("commodity"),
                $"supply of '{supply.Commodity}' but no node demands it"));
        foreach (var (demand, line) in t.Demand.Where(d => commodityIds.Contains(d.Value.Commodity) && !supplied.Contains(d.Value.Commodity)))
            problems.Add(new Problem(t.DemandTable.File, line, t.DemandTable.ColumnNumber("commodity"),
                $"demand for '{demand.Commodity}' but no node supplies it"));
    }

    /// <summary>
    /// Runs on a dataset whose references all resolve: every demand is reachable from some supply of
    /// its commodity under the commodity's restrictions, every supply reaches some demand, and every
    /// node is reachable from some supply node.
    /// </summary>
    public static void CheckConnectivity(Dataset dataset, RawTables t, List<Problem> problems)
    {
        var network = dataset.Network;
        foreach (var commodity in dataset.Commodities)
        {
            var sources = t.Supply.Where(s => s.Value.Commodity == commodity.Id).ToList();
            var sinks = t.Demand.Where(d => d.Value.Commodity == commodity.Id).ToList();
            if (sources.Count == 0 || sinks.Count == 0)
                continue;
            var forward = Reach(network, commodity, sources.Select(s => network.NodeIndex(s.Value.Node)), reverse: false);
            foreach (var (demand, line) in sinks.Where(d => !forward[network.NodeIndex(d.Value.Node)]))
                problems.Add(new Problem(t.DemandTable.File, line, t.DemandTable.ColumnNumber("node"),
                    $"demand node '{demand.Node}' cannot be reached from any supply of '{commodity.Id}' (given its mode and licence restrictions)"));
            var backward = Reach(network, commodity, sinks.Select(d => network.NodeIndex(d.Value.Node)), reverse: true);
            foreach (var (supply, line) in sources.Where(s => !backward[network.NodeIndex(s.Value.Node)]))
                problems.Add(new Problem(t.SupplyTable.File, line, t.SupplyTable.ColumnNumber("node"),
                    $"supply node '{supply.Node}' reaches no demand for '{commodity.Id}'"));
        }

        var fromSupply = network.ReachableFrom(dataset.Supply.Select(s => network.NodeIndex(s.Node)).Distinct());
        foreach (var (node, line) in t.Nodes.Where(n => !fromSupply[network.NodeIndex(n.Value.Id)]))
            problems.Add(new Problem(t.NodesTable.File, line, t.NodesTable.ColumnNumber("id"),
                $"node '{node.Id}' cannot be reached from any supply node"));
    }

    // Breadth-first search over the arcs a commodity may use, forwards from sources or backwards from
    // sinks. Cargo passes through no mine, plant or customer, so one is reached but not gone through
    // unless the search starts there.
    private static bool[] Reach(TransportNetwork network, Commodity commodity, IEnumerable<int> starts, bool reverse)
    {
        var seen = new bool[network.Nodes.Length];
        var start = new bool[network.Nodes.Length];
        var queue = new Queue<int>();
        foreach (var s in starts)
        {
            start[s] = true;
            if (seen[s])
                continue;
            seen[s] = true;
            queue.Enqueue(s);
        }
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            if (network.Endpoint[n] && !start[n])
                continue;
            var (first, last) = reverse ? (network.FirstInArc[n], network.FirstInArc[n + 1]) : (network.FirstArc[n], network.FirstArc[n + 1]);
            for (var i = first; i < last; i++)
            {
                var a = reverse ? network.InArcs[i] : i;
                var next = reverse ? network.ArcTail[a] : network.ArcHead[a];
                if (seen[next] || !commodity.MayUse(network.Links[network.ArcLink[a]].Mode) || !commodity.MayPass(network.Nodes[next]))
                    continue;
                seen[next] = true;
                queue.Enqueue(next);
            }
        }
        return seen;
    }

    private static void CheckFreight(RawTables t, HashSet<string> nodeIds, List<Problem> problems)
    {
        Unique(t.FreightTable, t.Freight, f => f.Id, "id", "freight row", problems);
        var endpoints = t.Nodes.Where(n => n.Value.IsEndpoint).Select(n => n.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (flow, line) in t.Freight)
        {
            foreach (var (column, id) in new[] { ("origin", flow.Origin), ("destination", flow.Destination) }.Where(x => endpoints.Contains(x.Item2)))
                problems.Add(new Problem(t.FreightTable.File, line, t.FreightTable.ColumnNumber(column),
                    $"freight row '{flow.Id}' starts or ends at '{id}', a mine, plant or customer: background freight moves between hubs, terminals, ports and borders"));
            Reference(t.FreightTable, line, "origin", flow.Origin, nodeIds, "node", problems);
            Reference(t.FreightTable, line, "destination", flow.Destination, nodeIds, "node", problems);
            if (flow.Origin == flow.Destination)
                problems.Add(new Problem(t.FreightTable.File, line, t.FreightTable.ColumnNumber("destination"),
                    $"freight row '{flow.Id}' goes from node '{flow.Origin}' to itself"));
        }
    }

    // A link without a rate is priced from the tariffs of the countries it crosses: its length times
    // their mean rate for its mode (a short border link shares its two railways' rates).
    private static void PriceFromTariffs(RawTables t, List<Problem> problems)
    {
        var rates = new Dictionary<(string, Mode), double>();
        foreach (var (tariff, _) in t.Tariffs)
            rates.TryAdd((tariff.Country, tariff.Mode), tariff.UsdPerTonneKm);
        for (var i = 0; i < t.Links.Count; i++)
        {
            var (link, line) = t.Links[i];
            if (!link.CostFromTariff || link.Countries.Count == 0)
                continue;
            var missing = link.Countries.Where(c => !rates.ContainsKey((c, link.Mode))).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new Problem(t.LinksTable.File, line, t.LinksTable.ColumnNumber("cost_usd_per_t"),
                    $"link '{link.Id}' has no 'cost_usd_per_t' and tariffs.csv has no {SnakeCase.Name(link.Mode)} rate for {string.Join(", ", missing)}: give one or the other"));
                continue;
            }
            var perTonneKm = link.Countries.Average(c => rates[(c, link.Mode)]);
            t.Links[i] = new Located<Link>(link with { CostUsdPerTonne = link.DistanceKm * perTonneKm }, line);
        }
    }

    // A capacity has one unit; a TEU or wagon capacity needs every commodity's payload per unit.
    private static void CheckCapacityUnits(RawTables t, List<Problem> problems)
    {
        string[] columns = ["capacity_t_per_day", "capacity_teu_per_day", "capacity_wagons_per_day"];
        void OneUnit(CsvTable table, int line, string id, params double?[] values)
        {
            var given = columns.Where((_, i) => values[i] is not null).ToList();
            if (given.Count > 1)
                problems.Add(new Problem(table.File, line, table.ColumnNumber(given[1]),
                    $"'{id}' gives its capacity as both '{given[0]}' and '{given[1]}'; a capacity has one unit"));
        }
        foreach (var (node, line) in t.Nodes)
            OneUnit(t.NodesTable, line, node.Id, node.CapacityTonnesPerDay, node.CapacityTeuPerDay, node.CapacityWagonsPerDay);
        foreach (var (link, line) in t.Links)
            OneUnit(t.LinksTable, line, link.Id, link.CapacityTonnesPerDay, link.CapacityTeuPerDay, link.CapacityWagonsPerDay);

        var firstTeu = t.Nodes.Select(n => n.Value.CapacityTeuPerDay is null ? null : $"node '{n.Value.Id}'")
            .Concat(t.Links.Select(l => l.Value.CapacityTeuPerDay is null ? null : $"link '{l.Value.Id}'")).FirstOrDefault(x => x is not null);
        var firstWagons = t.Nodes.Select(n => n.Value.CapacityWagonsPerDay is null ? null : $"node '{n.Value.Id}'")
            .Concat(t.Links.Select(l => l.Value.CapacityWagonsPerDay is null ? null : $"link '{l.Value.Id}'")).FirstOrDefault(x => x is not null);
        foreach (var (commodity, line) in t.Commodities)
        {
            if (firstTeu is not null && commodity.TonnesPerTeu is null)
                problems.Add(new Problem(t.CommoditiesTable.File, line, t.CommoditiesTable.ColumnNumber("t_per_teu"),
                    $"commodity '{commodity.Id}' needs 't_per_teu' (tonnes per TEU): {firstTeu} gives its capacity in TEU/day"));
            if (firstWagons is not null && commodity.TonnesPerWagon is null)
                problems.Add(new Problem(t.CommoditiesTable.File, line, t.CommoditiesTable.ColumnNumber("t_per_wagon"),
                    $"commodity '{commodity.Id}' needs 't_per_wagon' (tonnes per wagon): {firstWagons} gives its capacity in wagons/day"));
        }
    }

    private static void Unique<T>(CsvTable table, List<Located<T>> records, Func<T, string> key, string column, string what, List<Problem> problems)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (record, line) in records)
        {
            var k = key(record);
            if (!first.TryAdd(k, line))
                problems.Add(new Problem(table.File, line, table.ColumnNumber(column), $"duplicate {what} '{k}' (first on line {first[k]})"));
        }
    }

    private static void Reference(CsvTable table, int line, string column, string value, HashSet<string> known, string what, List<Problem> problems)
    {
        // An empty value already has its "required" problem.
        if (value.Length > 0 && !known.Contains(value))
            problems.Add(new Problem(table.File, line, table.ColumnNumber(column), $"unknown {what} '{value}'{Suggestions.DidYouMean(value, known)}"));
    }
}
