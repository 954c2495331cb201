using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Network;

namespace Caravan.Core.Tests.Data;

/// <summary>The built-in dataset's Central Asian figures: capacities against throughputs, tariffs, seasons, projects.</summary>
public sealed class CentralAsiaDatasetTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();

    [Fact]
    public void Load_BuiltIn_NoWarnings()
    {
        var result = DatasetReader.Load(new BuiltInSource());
        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Capacities_ChinaKazakhstanCrossings_CurrentAndAboveWhatTheyCarried()
    {
        // Dostyk at 35 Mt/yr since the second track opened (2025-09-30).
        Assert.Equal(35_000_000, Eurasia.FindNode("KZDOS")!.CapacityTonnesPerDay!.Value * 365, 1000.0);
        var altynkol = Eurasia.FindNode("KZHOR")!;
        Assert.Equal((16_100_000.0, 2025), (altynkol.ThroughputTonnesPerYear, altynkol.ThroughputYear));
        Assert.True(altynkol.CapacityTonnesPerDay * 365 > altynkol.ThroughputTonnesPerYear);
        // The Khorgos pair is a pair: its two sides stand within 20 km.
        Assert.InRange(GreatCircle.Km(altynkol, Eurasia.FindNode("CNHRS")!), 1, 20);
    }

    [Fact]
    public void Ports_CapacityStatedApartFromThroughput()
    {
        var poti = Eurasia.FindNode("GEPTI")!;
        Assert.True(poti.CapacityTeuPerDay * 365 > poti.ThroughputTeuPerYear);
        Assert.NotNull(Eurasia.FindNode("GEBUS")!.CapacityTonnesPerDay);
        Assert.NotNull(Eurasia.FindNode("ROCND")!.CapacityTonnesPerDay);
        Assert.All(Eurasia.Nodes.Where(n => n.Kind == NodeKind.Port), p => Assert.True(p.FeesUsdPerTonne > 0, $"{p.Id} has no port dues"));
    }

    [Fact]
    public void Rail_PricedByRailway()
    {
        Assert.All(Eurasia.Links.Where(l => l.Mode == Mode.Rail), l => Assert.True(l.CostFromTariff, $"{l.Id} has its own rate"));
        var kz = Eurasia.Links.Single(l => l.Id == "kzpwq-kzast-rail");
        Assert.Equal(501 * 0.04, kz.CostUsdPerTonne, 9);
        var cn = Eurasia.Links.Single(l => l.Id == "cnxia-cnlyg-rail");
        Assert.Equal(1127 * 0.016, cn.CostUsdPerTonne, 9);
        var border = Eurasia.Links.Single(l => l.Id == "kzdos-cnakl-rail");
        Assert.Equal(border.DistanceKm * (0.04 + 0.016) / 2, border.CostUsdPerTonne, 9);
    }

    [Fact]
    public void Caspian_StormsInWinterAndLowWaterLoads()
    {
        var ferry = Eurasia.Links.Single(l => l.Id == "kzaau-azala-ferry");
        Assert.True(ferry.Disruption!.ClosuresIn(0, 31) > 4 * ferry.Disruption.ClosuresIn(181, 31), "January storms should far outnumber July's");
        Assert.Equal(ferry.Disruption.ClosuresPerYear, ferry.Disruption.ClosuresIn(0, 365), 9);
        var aktau = Eurasia.FindNode("KZAAU")!.CapacityMonthFactors!;
        Assert.True(aktau[0] < aktau[6], "winter loads below summer loads");
        Assert.InRange(aktau.Mean(0, 365), 0.75, 0.85);
    }

    [Fact]
    public void Projects_CompletedOnesGone_ChinaKyrgyzstanUzbekistanRailwayWithItsCostAndOpening()
    {
        var projects = ProjectReader.Load(new BuiltInSource(), Eurasia);
        Assert.Empty(projects.Problems);
        var ids = projects.Projects!.Select(p => p.Id).ToList();
        Assert.DoesNotContain("dostyk-moyinty-second-track", ids);
        Assert.DoesNotContain("khorgos-third-yard", ids);
        var cku = projects.Projects!.Single(p => p.Id == "china-kyrgyzstan-uzbekistan-railway");
        Assert.Equal((4_700_000_000.0, 2030, false), (cku.CapexUsd, cku.OpeningYear!.Value, cku.Estimate));
        Assert.Contains("Trend 2024-12-20", cku.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Nodes_MinesPlantsAndCustomersHaveNoThroughLinksBetweenThem()
    {
        // An endpoint-to-endpoint link could only ever carry cargo between those two: the Japanese
        // customer-to-customer roads were removed when customers stopped being waypoints.
        var endpoints = Eurasia.Nodes.Where(n => n.IsEndpoint).Select(n => n.Id).ToHashSet();
        Assert.DoesNotContain(Eurasia.Links, l => endpoints.Contains(l.From) && endpoints.Contains(l.To));
    }
}
