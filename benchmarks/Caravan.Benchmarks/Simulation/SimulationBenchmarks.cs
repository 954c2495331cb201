using BenchmarkDotNet.Attributes;
using Caravan.Core.Data;
using Caravan.Core.Simulation;

namespace Caravan.Benchmarks.Simulation;

/// <summary>
/// The event kernel on M/M/1 (customers per second = Customers ÷ time) and the flagship run:
/// gallium and U3O8 on the built-in dataset, one year, on one thread.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private readonly MM1Kernel _kernel = new();
    private SimulationModel _flagship = null!;

    [Params(1_000_000)]
    public int Customers { get; set; }

    [Params(100)]
    public int Replications { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _flagship = SimulationModel.Compile(DatasetReader.BuiltIn(), new SimulationOptions
        {
            Replications = Replications,
            HorizonDays = 365,
            WarmupDays = 30,
            MaxThreads = 1,
            Commodities = ["gallium", "u3o8"],
        });

    [Benchmark]
    public double MM1_Kernel() => _kernel.Run(Customers);

    [Benchmark]
    public long Flagship_OneYear_OneThread() => MonteCarlo.Run(_flagship).Result.Manifest.Events;
}
