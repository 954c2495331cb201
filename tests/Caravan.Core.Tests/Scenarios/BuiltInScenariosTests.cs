using Caravan.Core.Data;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Tests.Scenarios;

public sealed class BuiltInScenariosTests
{
    private static readonly string[] Flagship =
    [
        "aktau-customs-digital", "baseline", "caspian-low-water", "caspian-winter-storms", "china-gallium-export-ban",
        "china-rare-earth-export-ban", "china-transit-closed", "dostyk-stoppage-2024", "red-sea-crisis", "russia-transit-closed",
    ];

    [Fact]
    public void Catalog_BuiltIn_ShipsTheFlagshipScenariosAndTheyValidate()
    {
        var catalog = ScenarioCatalog.From(new BuiltInSource());
        var dataset = DatasetReader.BuiltIn();

        Assert.Empty(catalog.Problems);
        Assert.Equal(Flagship, catalog.Scenarios.Select(s => s.Name));
        Assert.Empty(ScenarioApplier.Validate(dataset, catalog.Scenarios));
        Assert.All(catalog.Scenarios, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
    }

    [Fact]
    public void Apply_RussiaThenChinaClosed_LeavesNoDanglingReferences()
    {
        var catalog = ScenarioCatalog.From(new BuiltInSource());
        var applied = ScenarioApplier.Apply(DatasetReader.BuiltIn(),
            [catalog.Resolve("russia-transit-closed").Scenario!, catalog.Resolve("china-transit-closed").Scenario!]);
        var ds = applied.Dataset;

        Assert.DoesNotContain(ds.Nodes, n => n.Country == "RU");
        Assert.DoesNotContain(ds.Links, l => l.Countries.Contains("RU"));
        Assert.Null(ds.FindNode("CNAKL"));
        Assert.All(ds.Links, l => Assert.True(ds.FindNode(l.From) is not null && ds.FindNode(l.To) is not null, l.Id));
        Assert.All(ds.Supply, s => Assert.NotNull(ds.FindNode(s.Node)));
        Assert.All(ds.Demand, d => Assert.NotNull(ds.FindNode(d.Node)));
    }

    [Fact]
    public void Apply_DostykStoppage_ClosesDostykForNinetyOneDays()
    {
        var catalog = ScenarioCatalog.From(new BuiltInSource());
        var applied = ScenarioApplier.Apply(DatasetReader.BuiltIn(), [catalog.Resolve("dostyk-stoppage-2024").Scenario!]);

        Assert.Equal(1 - 91.0 / 365, applied.OpenFraction(ClosureTarget.Node, "KZDOS", 365), 12);
        Assert.NotNull(applied.Dataset.FindNode("KZDOS"));
    }
}
