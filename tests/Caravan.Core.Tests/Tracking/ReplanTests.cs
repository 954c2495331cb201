using Caravan.Core.Tracking;

namespace Caravan.Core.Tests.Tracking;

/// <summary>An actual event off the plan is a deviation: the rest of the journey is re-planned from there and the ETA follows the new plan.</summary>
public sealed class ReplanTests
{
    private static readonly DateTimeOffset Departure = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Status_ActualEventAtUzenOffThePlan_ReplannedFromUzen()
    {
        var route = TrackingWorld.RouteVia("u3o8", "kz-kazatomprom-south", "KZAAU", "AZALA", "GEPTI", "jp-kanto-industry");
        Assert.DoesNotContain("kz-uzen", route);
        var consignment = new Consignment { Id = "U-UZEN", Commodity = "u3o8", Route = route, Departure = Departure, Promise = Departure.AddDays(60) };
        var events = new[]
        {
            TrackingWorld.Actual("d", consignment.Id, Milestone.Departed, route[0], Departure),
            TrackingWorld.Actual("k", consignment.Id, Milestone.Arrived, "kz-uzen", Departure.AddDays(3)),
        };
        var status = ConsignmentStatus.From(consignment, events, TrackingWorld.Eurasia, TrackingWorld.Baseline.Planner, out _)!;

        var deviation = Assert.Single(status.Deviations);
        Assert.Equal("kz-uzen", deviation.Node);
        Assert.Equal("kz-uzen", status.Plan.NodeIds[0]);
        Assert.Contains("KZAAU", status.Plan.NodeIds);
        Assert.Equal("jp-kanto-industry", status.Plan.NodeIds[^1]);
        Assert.Equal(route, status.OriginalPlan.NodeIds);
        Assert.Equal(PositionState.AtNode, status.State);
        Assert.Equal("kz-uzen", status.Node);
        Assert.Equal(new[] { route[0], "kz-uzen" }, status.Visited);

        var sampler = new JourneySampler(TrackingWorld.Baseline, TrackingWorld.Epoch);
        var forecast = new EtaForecaster(sampler, 200).Forecast(status, Departure.AddDays(3));
        Assert.True(forecast.P10 > Departure.AddDays(3));
        var log = new AlertLog();
        log.Raise(AlertRules.Check(status, forecast, sampler, events, Departure.AddDays(3)));
        log.Raise(AlertRules.Check(status, forecast, sampler, events, Departure.AddDays(3.5)));
        var offRoute = Assert.Single(log.Raised, a => a.Kind == AlertKind.OffRoute);
        Assert.Contains("kz-uzen", offRoute.Reason);
        Assert.Contains("re-planned", offRoute.Reason);
    }

    [Fact]
    public void Status_ReplannedRoute_LaterEventsOnTheNewPlanMoveThePosition()
    {
        var route = TrackingWorld.RouteVia("u3o8", "kz-kazatomprom-south", "KZAAU", "AZALA", "GEPTI", "jp-kanto-industry");
        var consignment = new Consignment { Id = "U-K2", Commodity = "u3o8", Route = route, Departure = Departure, Promise = Departure.AddDays(60) };
        var events = new List<TrackingEvent>
        {
            TrackingWorld.Actual("d", consignment.Id, Milestone.Departed, route[0], Departure),
            TrackingWorld.Actual("k", consignment.Id, Milestone.Arrived, "kz-uzen", Departure.AddDays(3)),
            TrackingWorld.Actual("kd", consignment.Id, Milestone.Departed, "kz-uzen", Departure.AddDays(4)),
        };
        var status = ConsignmentStatus.From(consignment, events, TrackingWorld.Eurasia, TrackingWorld.Baseline.Planner, out _)!;
        Assert.Equal(PositionState.InTransit, status.State);
        Assert.Equal(0, status.Index);
        Assert.Equal("KZAAU", status.Plan.NodeIds[1]);
        events.Add(TrackingWorld.Actual("a", consignment.Id, Milestone.Arrived, "KZAAU", Departure.AddDays(5)));
        status = ConsignmentStatus.From(consignment, events, TrackingWorld.Eurasia, TrackingWorld.Baseline.Planner, out _)!;
        Assert.Equal("KZAAU", status.Node);
        Assert.Equal(1, status.Index);
        Assert.Single(status.Deviations);
    }
}
