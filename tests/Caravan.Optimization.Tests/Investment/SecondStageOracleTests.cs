using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Tests;
using Caravan.Optimization.Flows;
using Caravan.Optimization.Investment;
using CsCheck;

namespace Caravan.Optimization.Tests.Investment;

/// <summary>
/// The investment model's second stage against the flows planner as oracle: with no project built, and
/// with one project built (its edits applied as a scenario before the disruption), each scenario's
/// flow cost must equal <see cref="FlowPlanner"/>'s optimum on the same data.
/// </summary>
public sealed class SecondStageOracleTests
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();
    private static readonly IReadOnlyList<Project> Candidates = ProjectReader.Load(new BuiltInSource(), Eurasia).Projects!;
    private static readonly FlowOptions Lp = InvestmentAssumptions.Default.FlowOptions with
    {
        Solver = FlowSolverOptions.Default with { Method = FlowMethod.LinearProgram, Backend = LpBackend.Glop },
    };

    [Fact]
    public void Evaluate_BuiltInEveryScenarioNoProject_EqualsTheFlowPlanner()
    {
        var catalog = ScenarioCatalog.From(new BuiltInSource()).Scenarios;
        var scenarios = catalog.Select(s => new WeightedScenario(s.Name, [s], 1.0 / catalog.Count)).ToArray();
        var instance = InstanceBuilder.Build(Eurasia, Candidates, scenarios);
        var none = PortfolioEvaluator.Evaluate(instance, new bool[Candidates.Count]);
        for (var i = 0; i < scenarios.Length; i++)
            AssertSameCost(FlowPlanner.Plan(ScenarioApplier.Apply(Eurasia, scenarios[i].Scenarios), Lp), none.Scenarios[i]);
    }

    [Theory]
    [InlineData("pavlodar-gallium-expansion", "china-gallium-export-ban")]
    [InlineData("kz-china-borders-digital", "baseline")]
    [InlineData("china-kyrgyzstan-uzbekistan-railway", "baseline")]
    [InlineData("asco-turkmenbashi-ferries", "baseline")]
    [InlineData("kz-feeder-fleet", "russia-transit-closed")]
    public void Evaluate_BuiltInOneProjectBuilt_EqualsTheFlowPlannerOnTheEditedData(string project, string scenario)
    {
        var resolved = ScenarioCatalog.From(new BuiltInSource()).Resolve(scenario).Scenario!;
        var instance = InstanceBuilder.Build(Eurasia, Candidates, [new WeightedScenario(scenario, [resolved], 1)]);
        var built = Candidates.Select(p => p.Id == project).ToArray();
        Assert.Contains(true, built);
        var evaluated = PortfolioEvaluator.Evaluate(instance, built).Scenarios[0];
        // The investment holds the corridors' background freight at its loads without projects; the project's capacity shortens its queues.
        var edited = ScenarioApplier.Apply(Eurasia, [PortfolioCheck.Build(Candidates, [project]), resolved]);
        var background = BackgroundTraffic.Onto(edited.Dataset.Network, ScenarioApplier.Apply(Eurasia, [resolved]));
        AssertSameCost(FlowPlanner.Plan(edited.WithTraffic(BackgroundTraffic.Recongested(background, edited)), Lp), evaluated);
    }

    [Fact]
    public void Evaluate_RandomTinyNetworks_EqualsTheFlowPlanner()
    {
        Gen.Select(Gen.Int, Gen.Int[3, 6], Gen.Int[0, 3], Gen.Bool).Sample((seed, nodes, projectKind, teu) =>
        {
            var (dataset, project, scenario) = RandomCase(seed, nodes, projectKind, teu);
            var instance = InstanceBuilder.Build(dataset, [project], [new WeightedScenario("s", [scenario], 1)]);
            var none = PortfolioEvaluator.Evaluate(instance, [false]).Scenarios[0];
            AssertSameCost(FlowPlanner.Plan(ScenarioApplier.Apply(dataset, [scenario]), Lp), none);
            var with = PortfolioEvaluator.Evaluate(instance, [true]).Scenarios[0];
            AssertSameCost(FlowPlanner.Plan(ScenarioApplier.Apply(dataset, [PortfolioCheck.Build([project], [project.Id]), scenario]), Lp), with);
        }, iter: 40);
    }

    private static void AssertSameCost(FlowReport planner, ScenarioOutcome investment)
    {
        Assert.Equal(FlowStatus.Optimal, planner.Status);
        Assert.Equal(planner.TotalCostUsd, investment.CostUsd, Math.Max(1e-6, Math.Abs(planner.TotalCostUsd) * 1e-6));
        Assert.Equal(planner.UnmetTonnes, investment.UnmetTonnes, Math.Max(1e-6, planner.DemandTonnes * 1e-6));
    }

    // A chain of nodes with a random extra shortcut (its capacity in TEU when `teu`: each commodity then
    // takes its own share of it), two commodities, capacities that may bind; the project scales a link's
    // capacity, cuts a link's time or cost, or adds supply; the scenario halves a capacity.
    private static (Dataset, Project, Scenario) RandomCase(int seed, int nodes, int projectKind, bool teu)
    {
        var random = new Random(seed);
        var tiny = new TinyDataset();
        for (var n = 0; n < nodes; n++)
            tiny.Node($"n{n}", n < nodes / 2 ? "KZ" : "AZ");
        var links = new List<string>();
        for (var n = 0; n + 1 < nodes; n++)
        {
            var id = $"l{n}";
            tiny.Link($"n{n}", $"n{n + 1}", hours: random.Next(5, 50), cost: random.Next(1, 40), capacity: random.Next(0, 3) == 0 ? null : random.Next(1, 40), id: id);
            links.Add(id);
        }
        var shortcut = random.Next(1, 20);
        tiny.Link("n0", $"n{nodes - 1}", Mode.Road, hours: random.Next(20, 200), cost: random.Next(20, 200), capacity: shortcut, id: "shortcut",
            edit: teu ? l => l with { CapacityTonnesPerDay = null, CapacityTeuPerDay = shortcut / 5.0 } : null);
        links.Add("shortcut");
        tiny.Commodity("ore", random.Next(100, 3000), tonnesPerTeu: 24).Commodity("metal", random.Next(3000, 50000), tonnesPerTeu: 8);
        tiny.Supply("n0", "ore", random.Next(1000, 15000)).Demand($"n{nodes - 1}", "ore", random.Next(1000, 15000));
        tiny.Supply($"n{nodes / 2}", "metal", random.Next(100, 5000)).Demand($"n{nodes - 1}", "metal", random.Next(100, 5000));
        var dataset = tiny.Build();
        var pick = new ScenarioRef(links[random.Next(links.Count)], 1, 1);
        ScenarioEdit edit = projectKind switch
        {
            0 => new ScaleCapacityEdit { Links = [pick], Factor = 2 + random.Next(0, 3) },
            1 => new AddDelayEdit { Links = [pick], Hours = -random.Next(1, 5) },
            2 => new ChangeCostEdit { Links = [pick], Factor = 0.5 },
            _ => new AddSupplyEdit { Node = new ScenarioRef("n0", 1, 1), Commodity = new ScenarioRef("ore", 1, 1), TonnesPerYear = random.Next(100, 5000) },
        };
        var project = new Project { Id = "p", Name = "p", Country = "KZ", CapexUsd = 1, Edits = [edit] };
        var scenario = new Scenario
        {
            Name = "s",
            Edits = [new ScaleCapacityEdit { Links = [new ScenarioRef(links[random.Next(links.Count)], 1, 1)], Factor = 0.5 }],
        };
        return (dataset, project, scenario);
    }
}
