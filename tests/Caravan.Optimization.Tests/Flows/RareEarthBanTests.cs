using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;

namespace Caravan.Optimization.Tests.Flows;

/// <summary>The built-in rare-earth export-ban scenario as a flow: Japan's rare earths come from elsewhere.</summary>
public sealed class RareEarthBanTests
{
    [Fact]
    public void Plan_ChinaBansRareEarthExports_JapanServedWithoutChineseOxide()
    {
        var dataset = DatasetReader.BuiltIn();
        var ban = ScenarioCatalog.From(new BuiltInSource()).Resolve("china-rare-earth-export-ban").Scenario!;
        var applied = ScenarioApplier.Apply(dataset, [ban]);

        var report = FlowPlanner.Plan(applied, new FlowOptions { Commodities = ["ree-oxides"] });

        Assert.Equal(FlowStatus.Optimal, report.Status);
        Assert.DoesNotContain(applied.Dataset.Supply, s => s.Node == "cn-ree-baotou");
        Assert.DoesNotContain(report.Flows, f => f.Link.StartsWith("cn-ree-baotou", StringComparison.Ordinal));
        Assert.Equal(0, report.UnmetTonnes, 1e-6);
    }
}
