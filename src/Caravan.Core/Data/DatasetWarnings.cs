using System.Globalization;
using Caravan.Core.Network;

namespace Caravan.Core.Data;

/// <summary>
/// Checks that point at likely mistakes without stopping the load: the dataset is used, and
/// <c>caravan data validate</c> lists each warning with its place.
/// </summary>
internal static class DatasetWarnings
{
    /// <summary>
    /// A land link (rail, road) that crosses a border may be at most this many times longer than the
    /// great circle between its end nodes: published rail circuity runs 1.03–1.6, so more points at
    /// misplaced coordinates of a border pair (or a wrong length).
    /// </summary>
    public const double CrossBorderLengthFactor = 2.0;

    /// <summary>A link shorter than this share of the great circle between its ends cannot be right (coordinates rounded to ±1 km allowed for).</summary>
    public const double ShortestShareOfGreatCircle = 0.9;

    /// <summary>Differences below this many km are within the precision of estimated coordinates and never warned about.</summary>
    public const double SlackKm = 5.0;

    public static void Check(Dataset dataset, RawTables t, List<Problem> warnings)
    {
        foreach (var (node, line) in t.Nodes)
            Throughput(t.NodesTable, line, $"node '{node.Id}'", node.CapacityTonnesPerDay, node.CapacityTeuPerDay, node.ThroughputTonnesPerYear, node.ThroughputTeuPerYear, node.ThroughputYear, warnings);
        foreach (var (link, line) in t.Links)
            Throughput(t.LinksTable, line, $"link '{link.Id}'", link.CapacityTonnesPerDay, link.CapacityTeuPerDay, link.ThroughputTonnesPerYear, link.ThroughputTeuPerYear, link.ThroughputYear, warnings);
        CrossBorderLengths(dataset, t, warnings);
    }

    // A reported throughput above the stated capacity means the capacity is stale (or is a throughput itself).
    private static void Throughput(CsvTable table, int line, string what, double? tonnesPerDay, double? teuPerDay,
        double? tonnesPerYear, double? teuPerYear, int? year, List<Problem> warnings)
    {
        void Compare(double? capacityPerDay, double? carried, string unit, string column)
        {
            if (capacityPerDay is { } c && carried is { } r && r > c * Hours.DaysPerYear * 1.0001)
                warnings.Add(new Problem(table.File, line, table.ColumnNumber(column), string.Create(CultureInfo.InvariantCulture,
                    $"{what} carried {r:N0} {unit} in {year} but its capacity is {c * Hours.DaysPerYear:N0} {unit}/yr: a capacity must be what the element can handle, not a past throughput")));
        }
        Compare(tonnesPerDay, tonnesPerYear, "t", "throughput_t_per_year");
        Compare(teuPerDay, teuPerYear, "TEU", "throughput_teu_per_year");
    }

    private static void CrossBorderLengths(Dataset dataset, RawTables t, List<Problem> warnings)
    {
        var nodes = dataset.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var (link, line) in t.Links)
        {
            if (link.Mode is not (Mode.Rail or Mode.Road) || !nodes.TryGetValue(link.From, out var from) || !nodes.TryGetValue(link.To, out var to))
                continue;
            if (from.Country == to.Country && link.Countries.Count <= 1)
                continue;
            var km = GreatCircle.Km(from, to);
            var off = link.DistanceKm > CrossBorderLengthFactor * km || link.DistanceKm < ShortestShareOfGreatCircle * km;
            if (!off || Math.Abs(link.DistanceKm - km) < SlackKm)
                continue;
            warnings.Add(new Problem(t.LinksTable.File, line, t.LinksTable.ColumnNumber("distance_km"), string.Create(CultureInfo.InvariantCulture,
                $"cross-border link '{link.Id}' is {link.DistanceKm:0.#} km long, {link.DistanceKm / km:0.##} × the {km:0.#} km great circle between '{from.Id}' and '{to.Id}' (expected {ShortestShareOfGreatCircle}–{CrossBorderLengthFactor} ×): check their coordinates or the length")));
        }
    }
}
