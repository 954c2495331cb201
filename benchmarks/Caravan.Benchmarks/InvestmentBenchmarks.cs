using BenchmarkDotNet.Attributes;
using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Investment;

namespace Caravan.Benchmarks;

/// <summary>Solve time of the investment MIP against the number of projects and scenarios (SCIP), and the built-in instance.</summary>
[MemoryDiagnoser]
public class InvestmentBenchmarks
{
    private InvestmentInstance _synthetic = null!;

    /// <summary>Candidate projects.</summary>
    [Params(8, 16, 32)]
    public int Projects { get; set; }

    /// <summary>Disruption scenarios.</summary>
    [Params(2, 6)]
    public int Scenarios { get; set; }

    [GlobalSetup]
    public void Setup() => _synthetic = SyntheticInstance.Generate(seed: 7, Projects, Scenarios, nodes: 30, commodities: 3);

    [Benchmark]
    public InvestmentSolution SolveSynthetic() => InvestmentMip.Solve(_synthetic, new InvestmentSettings { BudgetUsd = 15.0 * Projects });
}

/// <summary>Building and solving the built-in Eurasia instance (21 candidates, the seven shipped scenarios).</summary>
[MemoryDiagnoser]
public class BuiltInInvestmentBenchmarks
{
    private Dataset _dataset = null!;
    private IReadOnlyList<Project> _projects = null!;
    private WeightedScenario[] _scenarios = null!;
    private InvestmentInstance _instance = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dataset = DatasetReader.BuiltIn();
        _projects = ProjectReader.Load(new BuiltInSource(), _dataset).Projects!;
        _scenarios = BuiltInInstance.Scenarios();
        _instance = InstanceBuilder.Build(_dataset, _projects, _scenarios);
    }

    [Benchmark]
    public InvestmentInstance BuildInstance() => InstanceBuilder.Build(_dataset, _projects, _scenarios);

    [Benchmark]
    public InvestmentSolution Solve() => InvestmentMip.Solve(_instance, new InvestmentSettings { BudgetUsd = 2e9 });
}

/// <summary>The built-in instance as <c>caravan invest</c> builds it by default.</summary>
internal static class BuiltInInstance
{
    public static WeightedScenario[] Scenarios()
    {
        var catalog = ScenarioCatalog.From(new BuiltInSource());
        var others = catalog.Scenarios.Where(s => s.Name != "baseline").ToArray();
        var baseline = catalog.Scenarios.Where(s => s.Name == "baseline").ToArray();
        return [new WeightedScenario("baseline", baseline, 0.5), .. others.Select(s => new WeightedScenario(s.Name, [s], 0.5 / others.Length))];
    }

    public static InvestmentInstance Build()
    {
        var dataset = DatasetReader.BuiltIn();
        return InstanceBuilder.Build(dataset, ProjectReader.Load(new BuiltInSource(), dataset).Projects!, Scenarios());
    }
}
