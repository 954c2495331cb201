using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Tests.Data;

/// <summary>The built-in Eurasia dataset is complete enough for the flagship case (gallium and uranium from Kazakhstan and Uzbekistan to Japan).</summary>
public sealed class BuiltInDatasetTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();

    [Fact]
    public void BuiltIn_Loads_WithExpectedSize()
    {
        var result = DatasetReader.Load(new BuiltInSource());
        Assert.Empty(result.Problems);
        Assert.InRange(Eurasia.Nodes.Count, 100, 200);
        Assert.InRange(Eurasia.Links.Count, 200, 500);
        Assert.Contains("estimate", Eurasia.Sources, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KZAAU", NodeKind.Port)]   // Aktau
    [InlineData("KZKUR", NodeKind.Port)]   // Kuryk
    [InlineData("AZALA", NodeKind.Port)]   // Alat
    [InlineData("TMKRW", NodeKind.Port)]   // Turkmenbashi
    [InlineData("GEPTI", NodeKind.Port)]   // Poti
    [InlineData("JPYOK", NodeKind.Port)]   // Yokohama
    [InlineData("NLRTM", NodeKind.Port)]   // Rotterdam
    [InlineData("KZDOS", NodeKind.Border)] // Dostyk
    [InlineData("KZHOR", NodeKind.Border)] // Altynkol–Khorgos
    public void BuiltIn_HasFlagshipPlaces(string id, NodeKind kind) => Assert.Equal(kind, Eurasia.FindNode(id)?.Kind);

    [Fact]
    public void BuiltIn_ChinaBorders_ChangeGauge()
    {
        Assert.True(Eurasia.FindNode("KZDOS")!.GaugeChange);
        Assert.True(Eurasia.FindNode("KZHOR")!.GaugeChange);
    }

    [Fact]
    public void BuiltIn_Uranium_NeverFliesAndNeedsLicensedPorts()
    {
        var u3o8 = Eurasia.FindCommodity("u3o8")!;
        Assert.Equal("7", u3o8.HazardClass);
        Assert.Contains(Mode.Air, u3o8.ForbiddenModes);
        Assert.True(u3o8.LicensedNodesOnly);
        Assert.Contains(Eurasia.Nodes, n => n.Kind == NodeKind.Port && !u3o8.MayPass(n));
    }

    [Fact]
    public void BuiltIn_Gallium_IsWorthHundredsOfDollarsPerKilogram()
    {
        var gallium = Eurasia.FindCommodity("gallium")!;
        Assert.InRange(gallium.ValueUsdPerTonne / 1000, 100, 2000);
        Assert.True(gallium.MayUse(Mode.Air));
    }

    [Fact]
    public void BuiltIn_EveryCountryUsed_HasGovernanceIndicatorsOrIsDeclared()
    {
        var declared = Eurasia.Countries.Select(c => c.Code).ToHashSet();
        Assert.All(Eurasia.Nodes, n => Assert.Contains(n.Country, declared));
        Assert.All(Eurasia.Links.SelectMany(l => l.Countries), c => Assert.Contains(c, declared));
        Assert.NotNull(Eurasia.FindCountry("KZ")!.Wgi.Mean);
    }

    // Each flagship route family stays possible when the others are shut: a reachability check
    // under the commodity's own restrictions, without the routing engine.
    [Theory]
    [InlineData("gallium", new[] { "RU", "CN" })]
    [InlineData("u3o8", new[] { "RU", "CN" })]
    [InlineData("u3o8", new[] { "RU", "CN", "IR" })]
    [InlineData("gallium", new[] { "CN", "IR", "AZ", "TM" })]
    [InlineData("u3o8", new[] { "RU", "AZ", "IR", "TM" })]
    [InlineData("u3o8", new[] { "CN", "AZ", "IR", "TM" })]
    public void BuiltIn_JapanReachableFromKazakhstan_WithCountriesAvoided(string commodity, string[] avoided)
    {
        var c = Eurasia.FindCommodity(commodity)!;
        var origins = Eurasia.Supply.Where(s => s.Commodity == commodity && Eurasia.FindNode(s.Node)!.Country == "KZ").Select(s => s.Node).ToList();
        var japan = Eurasia.Demand.Where(d => d.Commodity == commodity && Eurasia.FindNode(d.Node)!.Country == "JP").Select(d => d.Node).ToList();
        Assert.NotEmpty(origins);
        Assert.NotEmpty(japan);
        var reached = Reach(c, origins, avoided.ToHashSet());
        Assert.Contains(japan, reached.Contains);
    }

    private static HashSet<string> Reach(Commodity commodity, IEnumerable<string> origins, HashSet<string> avoided)
    {
        var network = Eurasia.Network;
        var seen = origins.ToHashSet();
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            var n = network.NodeIndex(queue.Dequeue());
            for (var a = network.FirstArc[n]; a < network.FirstArc[n + 1]; a++)
            {
                var link = network.Links[network.ArcLink[a]];
                var head = network.Nodes[network.ArcHead[a]];
                if (link.Countries.Any(avoided.Contains) || avoided.Contains(head.Country) || !commodity.MayUse(link.Mode) || !commodity.MayPass(head))
                    continue;
                if (seen.Add(head.Id))
                    queue.Enqueue(head.Id);
            }
        }
        return seen;
    }
}
