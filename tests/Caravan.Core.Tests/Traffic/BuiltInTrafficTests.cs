using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Core.Traffic;

namespace Caravan.Core.Tests.Traffic;

/// <summary>The built-in freight on the built-in corridors: the answers change when the world changes.</summary>
public sealed class BuiltInTrafficTests
{
    private static readonly Dataset Dataset = DatasetReader.BuiltIn();
    private static readonly ScenarioCatalog Catalog = ScenarioCatalog.From(new BuiltInSource());

    private static CorridorTraffic Under(params string[] scenarios) =>
        ScenarioApplier.Apply(Dataset, scenarios.Select(n => Catalog.Find(n) ?? throw new InvalidOperationException(n))).Traffic;

    private static double CaspianFerryDelay(CorridorTraffic traffic) =>
        traffic.Elements.Where(e => e.Kind == "ferry" && e.Id.EndsWith("-azala-ferry", StringComparison.Ordinal)).Sum(e => e.DelayHours);

    [Fact]
    public void Baseline_ConvergesAndEveryFamilyCarriesFreight()
    {
        var traffic = Under();
        Assert.True(traffic.RelativeGap <= 1e-4, $"gap {traffic.RelativeGap}");
        Assert.Empty(traffic.Unserved);
        Assert.All(traffic.Corridors, c => Assert.True(c.TonnesPerYear > 0, c.Family));
        // China–Europe rail through Małaszewicze: a few hundred thousand TEU, as reported for 2024 (docs/assignment.md).
        Assert.InRange(traffic.Elements.Single(e => e.Id == "pl-malaszewicze").TeuPerYear, 200_000, 600_000);
    }

    [Fact]
    public void RussiaClosed_NorthernFreightDivertsToTheMiddleCorridorAndLoadsTheCaspian()
    {
        var baseline = Under();
        var closed = Under("russia-transit-closed");

        Assert.Equal(0, closed.CorridorTonnes("north"));
        Assert.True(closed.CorridorTonnes("west") > baseline.CorridorTonnes("west") + 1e6);
        Assert.True(closed.Corridors.Single(c => c.Family == "west").TeuPerYear > 2 * baseline.Corridors.Single(c => c.Family == "west").TeuPerYear);
        Assert.True(CaspianFerryDelay(closed) > CaspianFerryDelay(baseline));
        Assert.Contains(closed.Unserved, u => u.Destination == "RUMOW"); // trade with Russia itself cannot move
    }

    [Fact]
    public void CaspianStorms_LengthenTheFerryQueues()
    {
        var calm = Under("russia-transit-closed");
        var stormy = Under("russia-transit-closed", "caspian-winter-storms");
        Assert.True(CaspianFerryDelay(stormy) > CaspianFerryDelay(calm) + 1);
    }

    [Fact]
    public void Assign_IsDeterministic()
    {
        var first = Under("china-transit-closed");
        var second = Under("china-transit-closed");
        Assert.Equal(first.ArcLoad, second.ArcLoad);
    }
}
