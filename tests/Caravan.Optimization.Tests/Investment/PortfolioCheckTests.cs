using System.Text.Json;
using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;
using Caravan.Core.Tests;
using Caravan.Optimization.Investment;

namespace Caravan.Optimization.Tests.Investment;

public sealed class PortfolioCheckTests
{
    // 5,200 t/yr of ore in 10-t lots (10 a week, Poisson) cross the Caspian on a scheduled line sailing
    // twice a week with 52.5 t a sailing (15 t/day × 84 h): 5 lots a sailing, 10 a week, so the queue
    // at the port runs at saturation and lead times have a long tail. The project quadruples the
    // line's capacity. (A Caspian ferry in the simulator sails whenever it is full, so its capacity
    // never queues cargo; a timetable does.)
    private static Dataset Bottleneck() => new TinyDataset()
        .Node("mine", "KZ").Node("aktau", "KZ", NodeKind.Port).Node("baku", "AZ", NodeKind.Port).Node("plant", "AZ")
        .Link("mine", "aktau", hours: 20)
        .Link("aktau", "baku", Mode.Sea, hours: 24, capacity: 15, departuresPerWeek: 2, countries: ["KZ", "AZ"])
        .Link("baku", "plant", hours: 10)
        .Commodity("ore", 2000)
        .Supply("mine", "ore", 5200)
        .Demand("plant", "ore", 5200, safetyDays: 10)
        .Build();

    private static readonly Project MoreSailings = new()
    {
        Id = "aktau-line",
        Name = "Four times the Caspian line's capacity",
        Country = "KZ",
        CapexUsd = 1e6,
        Edits = [new ScaleCapacityEdit { Links = [new ScenarioRef("aktau-baku-sea", 1, 1)], Factor = 4 }],
    };

    private static readonly SimulationOptions Options = new() { Replications = 24, LotTonnes = 10, Seed = 7 };

    private static readonly WeightedScenario[] Baseline = [new WeightedScenario("baseline", [], 1)];

    [Fact]
    public void Run_ProjectRelievesTheSailingBottleneck_LowersTheP95()
    {
        var check = PortfolioCheck.Run(Bottleneck(), [MoreSailings], ["aktau-line"], Baseline, Options);

        Assert.Null(check.Skipped);
        var od = Assert.Single(Assert.Single(check.Scenarios).Ods);
        Assert.Equal(("ore", "mine", "plant"), (od.Commodity, od.From, od.To));
        Assert.NotNull(od.Baseline?.P95Days);
        Assert.True(od.Change.P95Days < -1, $"P95 {od.Baseline?.P95Days} → {od.Portfolio?.P95Days} days");
        Assert.True(od.Change.MeanDays < 0);
        Assert.Equal(od.Portfolio!.P95Days!.Value - od.Baseline!.P95Days!.Value, od.Change.P95Days!.Value, 1e-12);
    }

    [Fact]
    public void Run_SameSeed_GivesTheSameCheck()
    {
        var first = PortfolioCheck.Run(Bottleneck(), [MoreSailings], ["aktau-line"], Baseline, Options);
        var second = PortfolioCheck.Run(Bottleneck(), [MoreSailings], ["aktau-line"], Baseline, Options with { MaxThreads = 1 });

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
    }

    [Fact]
    public void Run_ProjectThatChangesNothing_ShowsNoChange()
    {
        // Common random numbers: with identical networks both sides draw identical lots, so the change is exactly 0.
        var idle = MoreSailings with { Id = "idle", Edits = [new ScaleCapacityEdit { Links = [new ScenarioRef("mine-aktau-rail", 1, 1)], Factor = 2 }] };
        var check = PortfolioCheck.Run(Bottleneck(), [idle], ["idle"], Baseline, Options);

        var od = Assert.Single(Assert.Single(check.Scenarios).Ods);
        Assert.Equal(0, od.Change.MeanDays);
        Assert.Equal(0, od.Change.P99Days);
        Assert.Equal(0, od.Change.StockoutProbability);
    }

    [Fact]
    public void Run_EmptyPortfolio_IsSkippedWithAReason()
    {
        var check = PortfolioCheck.Run(Bottleneck(), [MoreSailings], [], Baseline, Options);

        Assert.Equal(PortfolioCheck.EmptyPortfolio, check.Skipped);
        Assert.Empty(check.Scenarios);
    }
}
