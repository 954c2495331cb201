using Caravan.Core.Simulation;

namespace Caravan.Core.Tracking;

/// <summary>
/// A consignment's standing, rebuilt from its events: the plan in force (re-planned from the node of
/// any actual event off it), the position — the last actual milestone in plan order — and the events
/// that moved it. Retracted events are left out before it is built, so a retraction simply rebuilds it.
/// </summary>
public sealed record ConsignmentStatus
{
    /// <summary>The consignment.</summary>
    public required Consignment Consignment { get; init; }

    /// <summary>The plan in force: the original route, or the re-plan after the latest deviation.</summary>
    public required PlannedPath Plan { get; init; }

    /// <summary>The route as first planned.</summary>
    public required PlannedPath OriginalPlan { get; init; }

    /// <summary>Where it is on <see cref="Plan"/>.</summary>
    public required PositionState State { get; init; }

    /// <summary>Index in <see cref="Plan"/> of the node it is at or last left.</summary>
    public required int Index { get; init; }

    /// <summary>When it arrived at (or left) that node; the planned departure before any event.</summary>
    public required DateTimeOffset Since { get; init; }

    /// <summary>Nodes actually visited, in order (the actual path).</summary>
    public required IReadOnlyList<string> Visited { get; init; }

    /// <summary>Actual events off the plan.</summary>
    public required IReadOnlyList<Deviation> Deviations { get; init; }

    /// <summary>The latest estimated arrival a carrier sent (an EST arrival at the destination or a later place of the plan), if any.</summary>
    public DateTimeOffset? CarrierEstimate { get; init; }

    /// <summary>The node it is at or last left.</summary>
    public string Node => Plan.NodeIds[Index];

    /// <summary>
    /// Builds the status from <paramref name="events"/> (this consignment's, retractions already
    /// applied). Deviations are re-planned with <paramref name="planner"/> from the off-plan node to the
    /// destination. Null with <paramref name="problem"/> when the consignment's route does not fit the network.
    /// </summary>
    public static ConsignmentStatus? From(Consignment consignment, IEnumerable<TrackingEvent> events, Data.Dataset dataset, IRoutePlanner planner,
        out string? problem)
    {
        var network = dataset.Network;
        var original = PlannedPath.Of(network, consignment.Route, out problem);
        if (original is null)
            return null;
        var commodity = dataset.FindCommodity(consignment.Commodity);
        var plan = original;
        var state = PositionState.NotStarted;
        var index = 0;
        var since = consignment.Departure;
        var visited = new List<string>();
        var deviations = new List<Deviation>();
        DateTimeOffset? estimate = null;
        var destination = original.NodeIds[^1];
        foreach (var e in events.OrderBy(e => e.Time.UtcDateTime))
        {
            if (e.Classifier == EventClassifier.Estimated)
            {
                // A carrier estimates its own leg: an expected arrival at the destination or at a later
                // place of the plan (the discharge port) is the carrier's figure to show beside ours.
                if (e.Node is { } n && plan.IndexOf(n) >= index && e.Milestone is Milestone.Arrived or Milestone.Discharged or Milestone.Delivered)
                    estimate = e.Time;
                continue;
            }
            if (e.Classifier != EventClassifier.Actual || e.Node is null || state == PositionState.Delivered)
                continue;
            var at = plan.IndexOf(e.Node);
            if (at < 0)
            {
                // Off the plan: re-plan from where it actually is.
                var from = network.NodeIndex(e.Node);
                var route = commodity is null ? null : planner.FindRoute(from, network.NodeIndex(destination), commodity);
                var replanned = route is null ? null : PlannedPath.FromArcs(network, from, route.Arcs);
                deviations.Add(new Deviation(e.EventId, e.Node, e.Time, replanned?.NodeIds));
                if (replanned is null)
                    continue;
                plan = replanned;
                at = 0;
                index = 0;
                state = PositionState.NotStarted;
            }
            var leaving = e.Milestone is Milestone.Departed or Milestone.GateOut;
            // A late report of an earlier place never moves the position back, and a second event of the
            // same kind at the same place keeps the first one's time (the stay began then).
            if (at < index || (at == index && state != PositionState.NotStarted && (state == PositionState.InTransit || !leaving)))
                continue;
            var last = at == plan.Nodes.Count - 1;
            state = last ? PositionState.Delivered : leaving ? PositionState.InTransit : PositionState.AtNode;
            index = at;
            since = e.Time;
            if (visited.Count == 0 || visited[^1] != e.Node)
                visited.Add(e.Node);
        }
        return new ConsignmentStatus
        {
            Consignment = consignment,
            Plan = plan,
            OriginalPlan = original,
            State = state,
            Index = index,
            Since = since,
            Visited = visited,
            Deviations = deviations,
            CarrierEstimate = estimate,
        };
    }
}
