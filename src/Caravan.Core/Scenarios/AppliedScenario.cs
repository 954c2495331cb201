using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Core.Scenarios;

/// <summary>
/// A dataset after one or more scenarios, and what they closed. Whole-horizon closures are already
/// gone from <see cref="Dataset"/>; windowed closures and export bans are listed here for routing,
/// flows and the simulator to consult.
/// </summary>
public sealed class AppliedScenario
{
    /// <summary>Assembles the record; <see cref="ScenarioApplier"/> is the usual way to get one.</summary>
    public AppliedScenario(
        Dataset dataset,
        IReadOnlyList<string> names,
        IReadOnlyList<string> removedNodes,
        IReadOnlyList<string> removedLinks,
        IReadOnlyList<Closure> closures,
        IReadOnlyList<ExportBan> exportBans)
    {
        Dataset = dataset;
        Names = names;
        RemovedNodes = removedNodes;
        RemovedLinks = removedLinks;
        Closures = closures;
        ExportBans = exportBans;
        _traffic = new Lazy<CorridorTraffic>(() => TrafficAssignment.Assign(this, TrafficOptions), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private Lazy<CorridorTraffic> _traffic;

    /// <summary>The dataset before the scenarios (the same as <see cref="Dataset"/> when none was applied): the traffic assignment prices lost trade against it.</summary>
    public Dataset Before
    {
        get => _before ?? Dataset;
        init => _before = value;
    }

    private readonly Dataset? _before;

    /// <summary>The edited dataset.</summary>
    public Dataset Dataset { get; }

    /// <summary>The scenarios applied, in order; empty for the plain dataset.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>A label for reports: the names joined with '+', leaving out "baseline" (which changes nothing); "baseline" when none is left.</summary>
    public string Label => Names.Where(n => !Scenario.IsBaseline(n)).ToArray() is { Length: > 0 } names ? string.Join("+", names) : Scenario.Baseline.Name;

    /// <summary>Ids of nodes removed for the whole horizon.</summary>
    public IReadOnlyList<string> RemovedNodes { get; }

    /// <summary>Ids of links removed for the whole horizon, including those that lost an end node.</summary>
    public IReadOnlyList<string> RemovedLinks { get; }

    /// <summary>Nodes and links closed for part of the horizon.</summary>
    public IReadOnlyList<Closure> Closures { get; }

    /// <summary>Commodities that may not leave a country.</summary>
    public IReadOnlyList<ExportBan> ExportBans { get; }

    /// <summary>How <see cref="Traffic"/> is assigned; the defaults unless <see cref="WithTraffic(TrafficOptions)"/> set others.</summary>
    public TrafficOptions TrafficOptions { get; private set; } = TrafficOptions.Default;

    /// <summary>
    /// The dataset's background freight assigned under this scenario (done once, on first use): the
    /// loads and congestion that routes, flows and the simulator add to the minerals' own.
    /// </summary>
    public CorridorTraffic Traffic => _traffic.Value;

    /// <summary>The same scenario with its background traffic assigned under <paramref name="options"/>.</summary>
    public AppliedScenario WithTraffic(TrafficOptions options)
    {
        var copy = Copy();
        copy.TrafficOptions = options.Validated();
        return copy;
    }

    /// <summary>The same scenario with a traffic already assigned (for callers that assigned it themselves).</summary>
    public AppliedScenario WithTraffic(CorridorTraffic traffic)
    {
        var copy = Copy();
        copy._traffic = new Lazy<CorridorTraffic>(traffic);
        return copy;
    }

    // The same scenario with a fresh, unassigned traffic under the same options.
    private AppliedScenario Copy() =>
        new(Dataset, Names, RemovedNodes, RemovedLinks, Closures, ExportBans) { Before = Before, TrafficOptions = TrafficOptions };

    /// <summary>The dataset as it is, with nothing closed.</summary>
    public static AppliedScenario None(Dataset dataset) => new(dataset, [], [], [], [], []);

    /// <summary>
    /// True when an export ban stops <paramref name="commodity"/> from moving along <paramref name="link"/>
    /// from <paramref name="tail"/> to <paramref name="head"/>: the tail is in a banning country and the
    /// arc ends in, or crosses, another country.
    /// </summary>
    public bool IsExportBanned(string commodity, Node tail, Node head, Link link)
    {
        foreach (var ban in ExportBans)
        {
            if (ban.Commodity == commodity && tail.Country == ban.Country
                && (head.Country != ban.Country || link.Countries.Any(c => c != ban.Country)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The share of a period of <paramref name="periodDays"/> (from day 0) during which the node or link
    /// is open: 1 minus the union of its closure windows. Flows scale capacity by it.
    /// </summary>
    public double OpenFraction(ClosureTarget target, string id, double periodDays) => OpenFraction(target, id, 0, periodDays);

    /// <summary>
    /// The share of the period of <paramref name="periodDays"/> days from day <paramref name="startDay"/>
    /// during which the node or link is open: 1 minus the union of its closure windows within it.
    /// </summary>
    public double OpenFraction(ClosureTarget target, string id, double startDay, double periodDays)
    {
        if (periodDays <= 0)
            throw new ArgumentOutOfRangeException(nameof(periodDays), "a period has a positive length");
        var windows = Closures.Where(c => c.Target == target && c.Id == id).Select(c => c.Window).OrderBy(w => w.StartDay).ToList();
        if (windows.Count == 0)
            return 1;
        double closed = 0, coveredTo = startDay;
        foreach (var w in windows)
        {
            var start = Math.Max(w.StartDay, coveredTo);
            var end = Math.Min(w.EndDay, startDay + periodDays);
            if (end > start)
                closed += end - start;
            coveredTo = Math.Max(coveredTo, w.EndDay);
        }
        return Math.Max(0, 1 - closed / periodDays);
    }
}
