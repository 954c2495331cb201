using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan network</c>: what the network holds, and how much it can carry across each border; with
/// <c>--country</c>, the nodes and links of those countries too.
/// </summary>
public sealed class NetworkCommand(IAnsiConsole console) : Command<NetworkSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, NetworkSettings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        var listings = settings.Countries.Select(code => CountryListing.Of(dataset, Country(dataset, code))).ToArray();
        var summary = NetworkSummary.Of(dataset) with { Listings = listings };
        if (settings.Json)
        {
            JsonOutput.Write(console, summary);
            return 0;
        }
        console.MarkupLine($"[bold]{Markup.Escape(summary.Dataset)}[/]: {summary.Nodes} nodes, {summary.Links} links ({summary.Arcs} directed arcs), {summary.Countries} countries, {summary.Commodities} commodities");
        console.Write(Counts("Nodes by kind", "kind", summary.NodesByKind));
        console.Write(Counts("Links by mode", "mode", summary.LinksByMode));
        console.Write(Counts("Nodes by country", "country", summary.NodesByCountry));
        var corridors = new Table().Title("Cross-border capacity by corridor (land and ferry links between countries; t/day, the tighter of link and end nodes)")
            .AddColumns("corridor", "links", "modes", "capacity t/day");
        foreach (var c in summary.Corridors)
            corridors.AddRow(c.Countries, c.Links.ToString(CultureInfo.InvariantCulture), string.Join(", ", c.Modes),
                c.CapacityTonnesPerDay is { } t ? t.ToString("N0", CultureInfo.InvariantCulture) : "unlimited");
        console.Write(corridors);
        foreach (var listing in listings)
            Write(listing);
        return 0;
    }

    private static Country Country(Dataset dataset, string code) =>
        dataset.Countries.FirstOrDefault(c => c.Code.Equals(code, StringComparison.OrdinalIgnoreCase))
        ?? throw new CaravanException($"--country: unknown country '{code}'{Suggestions.DidYouMean(code.ToUpperInvariant(), dataset.Countries.Select(c => c.Code))}");

    private void Write(CountryListing listing)
    {
        var nodes = new Table().Title($"Nodes in {Markup.Escape(listing.Name)} ({listing.Country})").AddColumns("id", "name", "kind");
        foreach (var n in listing.Nodes)
            nodes.AddRow(Markup.Escape(n.Id), Markup.Escape(n.Name), n.Kind);
        console.Write(nodes);
        var links = new Table().Title($"Links touching or crossing {listing.Country}").AddColumns("id", "from", "to", "mode", "km", "countries");
        foreach (var l in listing.Links)
            links.AddRow(Markup.Escape(l.Id), Markup.Escape(l.From), Markup.Escape(l.To), l.Mode, l.Km.ToString("N0", CultureInfo.InvariantCulture), string.Join(",", l.Countries));
        console.Write(links);
    }

    private static Table Counts(string title, string what, IReadOnlyDictionary<string, int> counts)
    {
        var table = new Table().Title(title).AddColumns(what, "count");
        foreach (var (key, count) in counts)
            table.AddRow(Markup.Escape(key), count.ToString(CultureInfo.InvariantCulture));
        return table;
    }
}

/// <summary>Counts and cross-border capacity of a dataset, as printed by <c>caravan network</c>.</summary>
public sealed record NetworkSummary(
    string Dataset, int Nodes, int Links, int Arcs, int Countries, int Commodities,
    IReadOnlyDictionary<string, int> NodesByKind,
    IReadOnlyDictionary<string, int> LinksByMode,
    IReadOnlyDictionary<string, int> NodesByCountry,
    IReadOnlyList<CorridorCapacity> Corridors)
{
    /// <summary>The nodes and links of the countries asked for with <c>--country</c>; empty otherwise.</summary>
    public IReadOnlyList<CountryListing> Listings { get; init; } = [];

    /// <summary>Summarises <paramref name="dataset"/>.</summary>
    public static NetworkSummary Of(Dataset dataset) => new(
        dataset.Name, dataset.Nodes.Count, dataset.Links.Count, dataset.Network.ArcCount,
        dataset.Countries.Count, dataset.Commodities.Count,
        Count(dataset.Nodes.Select(n => SnakeCase.Name(n.Kind))),
        Count(dataset.Links.Select(l => SnakeCase.Name(l.Mode))),
        Count(dataset.Nodes.Select(n => n.Country)),
        dataset.Links
            .Where(l => l.Mode is not (Mode.Sea or Mode.Air) && dataset.FindNode(l.From)!.Country != dataset.FindNode(l.To)!.Country)
            .GroupBy(l => string.Join("-", new[] { dataset.FindNode(l.From)!.Country, dataset.FindNode(l.To)!.Country }.Order(StringComparer.Ordinal)))
            .Select(g => new CorridorCapacity(
                g.Key, g.Count(),
                g.Select(l => SnakeCase.Name(l.Mode)).Distinct().Order(StringComparer.Ordinal).ToArray(),
                g.Select(l => CrossingCapacity(dataset, l)).Any(c => c is null) ? null : g.Sum(l => CrossingCapacity(dataset, l)!.Value)))
            .OrderBy(c => c.Countries, StringComparer.Ordinal)
            .ToArray());

    // A crossing carries no more than its link or either end node; null when none of them states a capacity.
    // TEU and wagon capacities count at the bulkiest commodity's payload.
    private static double? CrossingCapacity(Dataset dataset, Caravan.Core.Network.Link link)
    {
        double?[] limits = [link.Capacity?.ConservativeTonnesPerDay(dataset.Commodities),
            dataset.FindNode(link.From)!.Capacity?.ConservativeTonnesPerDay(dataset.Commodities),
            dataset.FindNode(link.To)!.Capacity?.ConservativeTonnesPerDay(dataset.Commodities)];
        var known = limits.Where(c => c.HasValue).Select(c => c!.Value).ToList();
        return known.Count == 0 ? null : known.Min();
    }

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}

/// <summary>Land and ferry links between the same two countries, and what they can carry together.</summary>
public sealed record CorridorCapacity(string Countries, int Links, IReadOnlyList<string> Modes, double? CapacityTonnesPerDay);
