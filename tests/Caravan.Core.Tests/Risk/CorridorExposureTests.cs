using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class CorridorExposureTests
{
    // Six-indicator means chosen so the EU scale is round: mean m → (2.5 − m)·2.
    private static readonly Governance Wgi = new([], [C("KZ", -0.5), C("CN", -0.5), C("RU", -1.0), C("JP", 1.5), C("AZ", 0.0)]);

    private static Country C(string code, double mean) => new()
    {
        Code = code,
        Name = code,
        Wgi = new WgiEstimates
        {
            VoiceAccountability = mean,
            PoliticalStability = mean,
            GovernmentEffectiveness = mean,
            RegulatoryQuality = mean,
            RuleOfLaw = mean,
            ControlOfCorruption = mean,
        },
    };

    private static TinyDataset ChinaRoute() => new TinyDataset()
        .Node("kz-mine", "KZ").Node("cn-port", "CN", NodeKind.Port).Node("jp-plant", "JP", NodeKind.Customer)
        .Link("kz-mine", "cn-port", countries: ["KZ", "CN"])
        .Link("cn-port", "jp-plant", Mode.Sea, chokepoints: ["korea-strait"], countries: ["CN", "JP"])
        .Commodity("gallium").Supply("kz-mine", "gallium", 15).Demand("jp-plant", "gallium", 167);

    [Fact]
    public void Analyse_SingleCorridor_TransitCountryAndChokepointAreDependencies()
    {
        var report = new CorridorExposure(ChinaRoute().Build(), Wgi).Analyse("gallium", "JP", [("KZ", 1.0)]);

        var origin = Assert.Single(report.Origins);
        Assert.Equal(OriginStatus.Connected, origin.Status);
        Assert.Equal(["CN"], origin.CountryDependencies);
        Assert.Equal(["korea-strait"], origin.ChokepointDependencies);
        Assert.Equal([new Dependency("CN", false, 1.0), new Dependency("korea-strait", true, 1.0)], report.Dependencies);
        // Route risk: China is the worst transit country, WGI (2.5 + 0.5)·2 = 6 → 0.6.
        Assert.Equal(0.6, origin.Route!.Score, 12);
        // Origin governance 6/10 = 0.6; combined 10·[1 − 0.4·0.4] = 8.4.
        Assert.Equal(8.4, origin.Combined!.Value, 12);
    }

    [Fact]
    public void Analyse_SecondCorridor_NoSingleDependencyAndBestRouteChosen()
    {
        var dataset = ChinaRoute()
            .Node("az-port", "AZ", NodeKind.Port)
            .Link("kz-mine", "az-port", Mode.Ferry, countries: ["KZ", "AZ"])
            .Link("az-port", "jp-plant", Mode.Sea, chokepoints: ["suez"], countries: ["AZ", "JP"])
            .Build();

        var origin = Assert.Single(new CorridorExposure(dataset, Wgi).Analyse("gallium", "JP", [("KZ", 1.0)]).Origins);

        Assert.Empty(origin.CountryDependencies);
        Assert.Empty(origin.ChokepointDependencies);
        // Via Azerbaijan: WGI 5.0 beats China's 6.0.
        Assert.Equal(0.5, origin.Route!.Score, 12);
        Assert.Contains("AZ WGI 5.00", origin.Route.Drivers);
    }

    [Fact]
    public void Analyse_ForbiddenMode_RemovesThatCorridor()
    {
        var dataset = new TinyDataset()
            .Node("kz-mine", "KZ").Node("ru-hub", "RU").Node("jp-plant", "JP", NodeKind.Customer)
            .Link("kz-mine", "jp-plant", Mode.Air, countries: ["KZ", "JP"])
            .Link("kz-mine", "ru-hub", countries: ["KZ", "RU"]).Link("ru-hub", "jp-plant", Mode.Sea, countries: ["RU", "JP"])
            .Commodity("gallium").Commodity("u3o8", forbidden: [Mode.Air])
            .Supply("kz-mine", "gallium", 15).Demand("jp-plant", "gallium", 100)
            .Supply("kz-mine", "u3o8", 100).Demand("jp-plant", "u3o8", 100)
            .Build();
        var exposure = new CorridorExposure(dataset, Wgi);

        var gallium = Assert.Single(exposure.Analyse("gallium", "JP", [("KZ", 1.0)]).Origins);
        var uranium = Assert.Single(exposure.Analyse("u3o8", "JP", [("KZ", 1.0)]).Origins);

        Assert.Empty(gallium.CountryDependencies);
        Assert.Equal(0.0, gallium.Route!.Score);
        Assert.Equal(["RU"], uranium.CountryDependencies);
        Assert.Equal(0.7, uranium.Route!.Score, 12);
    }

    [Fact]
    public void Analyse_OriginsOutsideTheNetwork_AreNoDataNotSafe()
    {
        var report = new CorridorExposure(ChinaRoute().Build(), Wgi)
            .Analyse("gallium", "JP", [("JP", 0.4), ("KZ", 0.3), ("BR", 0.2), ("other", 0.1)]);

        var byOrigin = report.Origins.ToDictionary(o => o.Origin);
        Assert.Equal(OriginStatus.Domestic, byOrigin["JP"].Status);
        Assert.Equal(2.0, byOrigin["JP"].Combined!.Value, 12); // 10 · WGI (2.5 − 1.5)·2 / 10
        Assert.Equal(OriginStatus.NotInNetwork, byOrigin["BR"].Status);
        Assert.Null(byOrigin["BR"].Combined);
        Assert.Equal(OriginStatus.Unattributed, byOrigin["other"].Status);
        Assert.Equal(0.7, report.CoveredShare, 12);
        Assert.Equal(new Dependency("CN", false, 0.3), report.Dependencies[0]);
    }

    [Fact]
    public void Analyse_NoFeasibleRoute_IsStrandedSupply()
    {
        var dataset = new TinyDataset()
            .Node("kz-mine", "KZ").Node("jp-plant", "JP", NodeKind.Customer)
            .Link("kz-mine", "jp-plant", Mode.Air, countries: ["KZ", "JP"])
            .Commodity("u3o8", forbidden: [Mode.Air]).Supply("kz-mine", "u3o8", 1).Demand("jp-plant", "u3o8", 1)
            .Build();

        var origin = Assert.Single(new CorridorExposure(dataset, Wgi).Analyse("u3o8", "JP", [("KZ", 1.0)]).Origins);

        Assert.Equal(OriginStatus.NoRoute, origin.Status);
        Assert.Null(origin.Combined);
    }

    [Fact]
    public void Analyse_TransitCountryWithoutWgi_CountsAsWorst()
    {
        var dataset = new TinyDataset()
            .Node("kz-mine", "KZ").Node("xx-hub", "XX").Node("jp-plant", "JP", NodeKind.Customer)
            .Link("kz-mine", "xx-hub", countries: ["KZ", "XX"]).Link("xx-hub", "jp-plant", Mode.Sea, countries: ["XX", "JP"])
            .Commodity("gallium").Supply("kz-mine", "gallium", 1).Demand("jp-plant", "gallium", 1)
            .Build();

        var origin = Assert.Single(new CorridorExposure(dataset, Wgi).Analyse("gallium", "JP", [("KZ", 1.0)]).Origins);

        Assert.Equal(1.0, origin.Route!.Score);
        Assert.Contains("XX WGI no data (taken as worst)", origin.Route.Drivers);
    }

    [Fact]
    public void Analyse_PluggedRouteRiskSource_IsUsed()
    {
        var report = new CorridorExposure(ChinaRoute().Build(), Wgi, new FixedRouteRisk())
            .Analyse("gallium", "JP", [("KZ", 1.0)]);

        Assert.Equal("fixed", report.Origins[0].Route!.Method);
        Assert.Equal(10 * (1 - 0.4 * 0.9), report.Origins[0].Combined!.Value, 12);
    }

    private sealed class FixedRouteRisk : IRouteRiskSource
    {
        public RouteRisk? BestRoute(Dataset dataset, Commodity commodity, IReadOnlyList<int> origins, IReadOnlyList<int> destinations) =>
            new(0.1, ["test"], "fixed");
    }
}
