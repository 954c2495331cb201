using BenchmarkDotNet.Attributes;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Optimization.Flows;

namespace Caravan.Benchmarks.Flows;

/// <summary>The flow planner end to end on the built-in dataset: model building, LP and duals, report.</summary>
[MemoryDiagnoser]
public class FlowBenchmarks
{
    private AppliedScenario _baseline = null!;
    private FlowModel _model = null!;

    /// <summary>The LP backend.</summary>
    [Params(LpBackend.Highs, LpBackend.Glop, LpBackend.Clp)]
    public LpBackend Backend { get; set; }

    /// <summary>Loads the dataset once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _baseline = AppliedScenario.None(DatasetReader.BuiltIn());
        _model = FlowModel.Build(_baseline);
    }

    /// <summary>Model build + solve + report.</summary>
    [Benchmark]
    public FlowReport Plan_Eurasia() => FlowPlanner.Plan(_baseline, new FlowOptions { Solver = new FlowSolverOptions { Backend = Backend } });

    /// <summary>Solve only, with duals.</summary>
    [Benchmark]
    public FlowSolution Solve_Eurasia() => FlowSolver.Solve(_model.Problem, new FlowSolverOptions { Backend = Backend });
}
