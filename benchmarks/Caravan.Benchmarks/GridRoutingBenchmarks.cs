using BenchmarkDotNet.Attributes;
using Caravan.Core.Routing;

namespace Caravan.Benchmarks;

/// <summary>
/// Dijkstra on seeded synthetic grids: one-to-one corner to corner, and one-to-all. The 9M-node
/// grid needs about 1.5 GB and is included only when CARAVAN_BENCH_9M=1.
/// </summary>
[MemoryDiagnoser]
public class GridRoutingBenchmarks
{
    private SearchGraph _graph = null!;
    private Dijkstra _dijkstra = null!;
    private int _corner;

    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("CARAVAN_BENCH_9M") == "1" ? [250_000, 1_000_000, 9_000_000] : [250_000, 1_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var grid = SyntheticGrid.Build(Nodes);
        _graph = grid.ToSearchGraph();
        _dijkstra = new Dijkstra(_graph);
        _corner = grid.NodeCount - 1;
    }

    [Benchmark(Description = "one-to-one, corner to corner")]
    public double OneToOne() => _dijkstra.Path(new SearchStart(0), _corner)!.Value.Weight;

    [Benchmark(Description = "one-to-all from node 0")]
    public double OneToAll() => _dijkstra.AllFrom(0)[_corner];
}
