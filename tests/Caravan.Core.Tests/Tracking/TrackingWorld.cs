using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;
using Caravan.Core.Tracking;

namespace Caravan.Core.Tests.Tracking;

/// <summary>The built-in dataset compiled once for tracking tests, and routes through named places planned by the routing engine.</summary>
internal static class TrackingWorld
{
    public static readonly Dataset Eurasia = DatasetReader.BuiltIn();

    /// <summary>Hour 0 of the samplers: 1 January 2026, UTC.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SimulationModel> LazyBaseline = new(() => Compile(null));

    public static SimulationModel Baseline => LazyBaseline.Value;

    /// <summary>The dataset under a catalog scenario and, when given, one more written as scenario JSON.</summary>
    public static SimulationModel Compile(string? scenario, string? extraJson = null)
    {
        var options = new SimulationOptions { Commodities = ["u3o8", "gallium"], Replications = 1 };
        if (scenario is null)
            return SimulationModel.Compile(Eurasia, options);
        var catalog = ScenarioCatalog.From(new BuiltInSource());
        var scenarios = new List<Scenario> { catalog.Find(scenario)! };
        if (extraJson is not null)
            scenarios.Add(ScenarioParser.Parse(extraJson, "extra.json").Scenario ?? throw new InvalidOperationException("bad test scenario"));
        return SimulationModel.Compile(ScenarioApplier.Apply(Eurasia, scenarios), options);
    }

    /// <summary>The routing engine's route for <paramref name="commodity"/> from the first place to the last through each one between.</summary>
    public static IReadOnlyList<string> RouteVia(string commodity, params string[] places)
    {
        var network = Eurasia.Network;
        var c = Eurasia.FindCommodity(commodity)!;
        var nodes = new List<string> { places[0] };
        for (var i = 0; i + 1 < places.Length; i++)
        {
            var leg = Baseline.Planner.FindRoute(network.NodeIndex(places[i]), network.NodeIndex(places[i + 1]), c)
                ?? throw new InvalidOperationException($"no route {places[i]} → {places[i + 1]}");
            nodes.AddRange(leg.Arcs.Select(a => network.Nodes[network.ArcHead[a]].Id));
        }
        return nodes;
    }

    public static TrackingEvent Actual(string id, string consignment, Milestone milestone, string node, DateTimeOffset time) => new()
    {
        EventId = id,
        Format = EventFormat.Milestone,
        Source = id,
        Time = time,
        Classifier = EventClassifier.Actual,
        Milestone = milestone,
        References = [consignment],
        Locode = node,
        Node = node,
        Raw = "",
    };
}

/// <summary>A clock a replay moves by hand.</summary>
internal sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
