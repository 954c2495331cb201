using BenchmarkDotNet.Attributes;
using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Benchmarks;

/// <summary>Loading and validating the built-in dataset, and compiling its network.</summary>
[MemoryDiagnoser]
public class DatasetBenchmarks
{
    private Dataset _dataset = null!;

    [GlobalSetup]
    public void Setup() => _dataset = DatasetReader.BuiltIn();

    [Benchmark]
    public LoadResult LoadAndValidateBuiltIn() => DatasetReader.Load(new BuiltInSource());

    [Benchmark]
    public TransportNetwork CompileNetwork() => new(_dataset.Nodes, _dataset.Links);
}
