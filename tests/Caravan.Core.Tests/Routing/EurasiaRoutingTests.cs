using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;

namespace Caravan.Core.Tests.Routing;

/// <summary>Plausibility of routes on the built-in Eurasia dataset, as an expert would check them.</summary>
public sealed class EurasiaRoutingTests
{
    private static readonly Lazy<Dataset> Eurasia = new(DatasetReader.BuiltIn);
    private static readonly Lazy<IReadOnlyList<FlagshipCell>> Cells = new(() => Flagship.Run(new RoutePlanner(new CostModel(Eurasia.Value))));

    private static Route? Best(string commodity, string scenario) =>
        Cells.Value.First(c => c.Commodity == commodity && c.Scenario == scenario && c.Family == "best").Route;

    [Fact]
    public void Flagship_RussiaAndChinaClosed_BothCommoditiesStillHaveARoute()
    {
        var gallium = Best("gallium", "no-ru-cn");
        var uranium = Best("u3o8", "no-ru-cn");

        Assert.NotNull(gallium);
        Assert.NotNull(uranium);
        Assert.DoesNotContain("RU", gallium.Countries.Concat(uranium.Countries));
        Assert.DoesNotContain("CN", gallium.Countries.Concat(uranium.Countries));
        // Uranium goes by land and sea through the Middle Corridor or the south.
        Assert.Contains(RouteFamily.Classify(uranium), new[] { "west", "south" });
    }

    [Fact]
    public void Flagship_GalliumAndUranium_DifferAsValueAndHazardDemand()
    {
        // Gallium (US$500,000/t) buys speed: with both land bridges closed it flies, in days, while
        // uranium, which may not fly, takes weeks by surface. Gallium's time is worth more per hour.
        var gallium = Best("gallium", "no-ru-cn")!;
        var uranium = Best("u3o8", "no-ru-cn")!;

        Assert.Contains("air", gallium.Modes);
        Assert.DoesNotContain("air", uranium.Modes);
        Assert.True(gallium.Hours < uranium.Hours / 3, $"gallium {gallium.Hours:N0} h, uranium {uranium.Hours:N0} h");
        Assert.True(gallium.Breakdown.TimeValueUsd / gallium.Hours > uranium.Breakdown.TimeValueUsd / uranium.Hours);
    }

    [Fact]
    public void Flagship_Uranium_NeverFliesNorTouchesAnUnlicensedPort()
    {
        var d = Eurasia.Value;
        var routes = Cells.Value.Where(c => c.Commodity == "u3o8" && c.Route is not null).Select(c => c.Route!).ToList();

        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            Assert.DoesNotContain("air", route.Modes);
            var nodes = route.Legs.Select(l => l.From).Append(route.To).Select(id => d.FindNode(id)!);
            Assert.All(nodes.Where(n => n.Kind is NodeKind.Port or NodeKind.Airport), n => Assert.Contains("7", n.LicensedClasses));
        }
    }

    [Theory]
    [InlineData("KZDOS")]
    [InlineData("KZHOR")]
    public void MiddleCorridor_ChineseBorderToBlackSea_WithinReportedTransitTimes(string border)
    {
        // KTZ, the Kazakh ministries and Trend (SOURCES.md §8) report Middle Corridor transit of 12 days (KTZ average) to 20–25 days
        // (block trains China→Europe), with 13–17 days now per the Kazakh ministry. The leg from the
        // Chinese border to a Georgian Black Sea port must fit inside that envelope.
        var d = Eurasia.Value;
        var planner = new RoutePlanner(new CostModel(d));
        var west = RouteFamily.West.Constraints;
        var route = planner.Best(new RouteRequest(border, "GEPTI", d.FindCommodity("gallium")!) { Constraints = west }).Best;

        Assert.NotNull(route);
        Assert.Contains("ferry", route.Modes);
        Assert.InRange(route.Hours / 24, 12, 25);
    }

    [Fact]
    public void Route_RussiaAndChinaAvoided_NoRouteReasonNamesTheCountries()
    {
        // Without Russia, China, air and the Caspian/Iranian exits, Pavlodar is cut off from Japan.
        var d = Eurasia.Value;
        var k = new RouteConstraints { AvoidCountries = ["RU", "CN", "IR", "AZ"], AvoidModes = [Mode.Air] };
        var result = new RoutePlanner(new CostModel(d)).Best(new RouteRequest("kz-pavlodar-aok", "JPYOK", d.FindCommodity("gallium")!) { Constraints = k });

        Assert.Null(result.Best);
        Assert.Contains("no route from kz-pavlodar-aok to JPYOK", result.NoRouteReason);
        Assert.Contains("nearest reachable", result.NoRouteReason);
    }
}
