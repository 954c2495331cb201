namespace Caravan.Core.Data;

/// <summary>The columns a table must and may have.</summary>
internal sealed record TableSchema(string File, IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary>Every allowed column, required first.</summary>
    public IEnumerable<string> All => Required.Concat(Optional);

    /// <summary>Reports missing required columns, unknown and duplicate columns.</summary>
    public void CheckHeader(CsvTable table, List<Problem> problems)
    {
        if (table.Header.Count == 0)
            return;
        var allowed = All.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = table.Header[i];
            if (!allowed.Contains(name))
                problems.Add(new Problem(table.File, 1, i + 1, $"unknown column '{name}'{Suggestions.DidYouMean(name, allowed)}"));
            else if (!seen.Add(name))
                problems.Add(new Problem(table.File, 1, i + 1, $"duplicate column '{name}'"));
        }
        foreach (var name in Required.Where(r => table.IndexOf(r) < 0))
            problems.Add(new Problem(table.File, 1, 1, $"missing required column '{name}'"));
    }

    public static readonly TableSchema Nodes = new("nodes.csv",
        ["id", "name", "kind", "country", "lat", "lon"],
        ["handling_cost_usd_per_t", "fees_usd_per_t", "handling_time_h", "capacity_t_per_day", "capacity_teu_per_day", "capacity_wagons_per_day", "servers", "customs_regime",
         "dwell_paper_h", "dwell_digital_h", "gauge_change", "closures_per_year", "closure_duration_h",
         "licensed_classes", "notes", "capacity_month_factors", "closure_month_weights",
         "throughput_t_per_year", "throughput_teu_per_year", "throughput_year", "cargo_classes"]);

    public static readonly TableSchema Links = new("links.csv",
        ["id", "from", "to", "mode", "distance_km", "transit_time_h", "countries"],
        ["cost_usd_per_t", "two_way", "capacity_t_per_day", "capacity_teu_per_day", "capacity_wagons_per_day", "departures_per_week", "co2_g_per_tkm", "chokepoints", "operator",
         "closures_per_year", "closure_duration_h", "notes", "capacity_month_factors", "closure_month_weights",
         "throughput_t_per_year", "throughput_teu_per_year", "throughput_year"]);

    public static readonly TableSchema Tariffs = new("tariffs.csv",
        ["country", "mode", "usd_per_t_km"], ["operator", "year", "estimate", "notes"]);

    public static readonly TableSchema Freight = new("freight.csv",
        ["id", "origin", "destination", "cargo", "quantity_per_year", "value_usd_per_unit", "year"], ["growth_per_year", "notes"]);

    public static readonly TableSchema Countries = new("countries.csv",
        ["code", "name"],
        ["wgi_va", "wgi_pv", "wgi_ge", "wgi_rq", "wgi_rl", "wgi_cc", "wgi_year"]);

    public static readonly TableSchema Commodities = new("commodities.csv",
        ["id", "name", "hs_code", "value_usd_per_t"],
        ["hazard_class", "un_number", "forbidden_modes", "licensed_nodes_only", "carrying_rate_per_year", "mineral", "notes", "t_per_teu", "t_per_wagon"]);

    public static readonly TableSchema Supply = new("supply.csv",
        ["node", "commodity", "tonnes_per_year"], ["notes"]);

    public static readonly TableSchema Demand = new("demand.csv",
        ["node", "commodity", "tonnes_per_year"], ["safety_stock_days", "notes"]);

    public static readonly TableSchema Chokepoints = new("chokepoints.csv",
        ["id", "name", "lat", "lon"], ["closures_per_year", "closure_duration_h", "notes", "closure_month_weights", "state", "war_risk_premium"]);
}
