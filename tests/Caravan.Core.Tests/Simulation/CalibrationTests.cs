using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

/// <summary>
/// The built-in Eurasia dataset against the figures of shared/research/mission-data.md: corridor lead
/// times (§1.4), the Dostyk 2024 stoppage (§1.10) and Caspian storms (§1.7, §1.10). docs/simulation.md
/// records what each check calibrates and what is assumed.
/// </summary>
public sealed class CalibrationTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();

    /// <summary>Weekly container block trains from Xi'an to <paramref name="to"/>, no air; optionally without some nodes (a country closed).</summary>
    private static Dataset FromXian(string to, Func<Node, bool>? dropNode = null, Func<Link, Link>? editLink = null)
    {
        var drop = dropNode ?? (_ => false);
        var nodes = Eurasia.Nodes.Where(n => !drop(n)).ToArray();
        var kept = nodes.Select(n => n.Id).ToHashSet();
        var links = Eurasia.Links.Where(l => kept.Contains(l.From) && kept.Contains(l.To)).Select(editLink ?? (l => l)).ToArray();
        var train = new Commodity { Id = "container", Name = "container", HsCode = "0000", ValueUsdPerTonne = 20_000, ForbiddenModes = [Mode.Air] };
        return new Dataset(nodes, links, Eurasia.Countries, [train], [new SupplyPoint("CNXIA", "container", 52_000)],
            [new DemandPoint(to, "container", 52_000)], Eurasia.Chokepoints, "china-europe");
    }

    private static bool RussiaOrBelarus(Node n) => n.Country is "RU" or "BY";

    private static SimulationRun Run(Dataset dataset, int replications = 40, IReadOnlyList<ClosureWindow>? closures = null,
        string[]? commodities = null, double rerouteThresholdHours = 72) =>
        MonteCarlo.Run(SimulationModel.Compile(dataset, new SimulationOptions
        {
            Replications = replications,
            HorizonDays = 365,
            WarmupDays = 30,
            Seed = 11,
            Commodities = commodities,
            RerouteThresholdHours = rerouteThresholdHours,
        }, "calibration", closures));

    private static LeadTimeDays Lead(SimulationRun run) => run.Result.OdPairs.Single().LeadTimeDays!;

    [Fact]
    public void NorthernRoute_XianToDuisburg_Within12To18Days()
    {
        // §1.4: Northern route 12–18 days (Xi'an–Małaszewicze 12–14, Chongqing–Duisburg 16–18).
        Assert.InRange(Lead(Run(FromXian("de-eu-industry"))).Mean, 12, 18);
    }

    [Fact]
    public void MiddleCorridor_XianToBlackSea_Within13To25Days()
    {
        // §1.4: Middle Corridor trains 13–17 (Kazakh MoT 2026), 18–23 (2023), 20–25 days (Trend) —
        // train journeys that end at the Black Sea; Russia and Belarus are closed to force the corridor.
        Assert.InRange(Lead(Run(FromXian("GEPTI", RussiaOrBelarus))).Mean, 13, 25);
    }

    [Fact]
    public void MiddleCorridor_XianToDuisburg_TwoToThreeTimesTheNorthernRoute()
    {
        // §1.1/§1.4: the World Bank (2023) puts the Middle Corridor at about 3× the Northern route.
        var northern = Lead(Run(FromXian("de-eu-industry"), replications: 16)).Mean;
        var middle = Lead(Run(FromXian("de-eu-industry", RussiaOrBelarus), replications: 16)).Mean;
        Assert.InRange(middle / northern, 1.8, 3.5);
    }

    [Fact]
    public void DostykStoppage_FortyFiveDays_LotsCaughtThereWaitAMonthOrLonger()
    {
        // §1.10: Dostyk's 2024 ban queued trains; freight waited "a month or longer". The border is
        // closed from day 100 for 45 days; lots cannot divert (threshold above the closure), so the
        // uranium trains that reach it queue for the rest of the closure.
        var baseline = Run(Eurasia, replications: 16, commodities: ["u3o8"], rerouteThresholdHours: 10_000);
        var stoppage = Run(Eurasia, replications: 16, closures: [new ClosureWindow("KZDOS", 100, 45)], commodities: ["u3o8"],
            rerouteThresholdHours: 10_000);
        var dostyk = stoppage.Result.Resources.Single(r => r.Id == "KZDOS");
        Assert.True(dostyk.MaxQueue >= 4, $"max queue {dostyk.MaxQueue}");
        var viaDostyk = stoppage.Result.OdPairs.Single(o => o.From == "kz-kazatomprom-south");
        var before = baseline.Result.OdPairs.Single(o => o.From == "kz-kazatomprom-south");
        Assert.True(viaDostyk.LeadTimeDays!.P99 - before.LeadTimeDays!.P99 >= 30, $"P99 {before.LeadTimeDays.P99} → {viaDostyk.LeadTimeDays.P99}");
    }

    [Fact]
    public void DostykStoppage_WithRerouting_TrafficDivertsToAltynkolAndTheTailShrinks()
    {
        // 2023: China–Central Asia traffic diverted to Altynkol when Dostyk was partly closed (§1.10).
        var closure = new ClosureWindow("KZDOS", 100, 45);
        var stuck = Run(Eurasia, replications: 16, closures: [closure], commodities: ["u3o8"], rerouteThresholdHours: 10_000);
        var diverted = Run(Eurasia, replications: 16, closures: [closure], commodities: ["u3o8"], rerouteThresholdHours: 72);
        Assert.True(diverted.Result.Manifest.Reroutes > 0);
        double P99(SimulationRun r) => r.Result.OdPairs.Single(o => o.From == "kz-kazatomprom-south").LeadTimeDays!.P99;
        Assert.True(P99(diverted) < P99(stuck) - 10, $"P99 stuck {P99(stuck)}, diverted {P99(diverted)}");
    }

    [Fact]
    public void CaspianWinterStorms_WidenP95FarMoreThanTheMean()
    {
        // §1.7: a May 2022 storm halted Caspian navigation ≈5 days; traveller reports "up to a week in
        // bad weather". Storm season: 10 closures a year of tri(48, 96, 168) h on every Caspian ferry,
        // against the dataset's 4 of tri(24, 48, 120) h.
        var storms = new Disruption(10, new TriangularDistribution(48, 96, 168));
        var calm = Run(FromXian("GEPTI", RussiaOrBelarus));
        var stormy = Run(FromXian("GEPTI", RussiaOrBelarus, l => l.Mode == Mode.Ferry && l.Countries.Contains("AZ") ? l with { Disruption = storms } : l));
        var (a, b) = (Lead(calm), Lead(stormy));
        Assert.True(b.P95 - a.P95 > 2 * (b.Mean - a.Mean), $"mean {a.Mean} → {b.Mean}, P95 {a.P95} → {b.P95}");
        Assert.True(b.Mean > a.Mean);
    }
}
