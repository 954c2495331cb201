using BenchmarkDotNet.Attributes;
using Caravan.Core.Data;
using Caravan.Core.Routing;

namespace Caravan.Benchmarks;

/// <summary>Route questions on the built-in Eurasia network: the flagship gallium shipment Pavlodar → Kanto.</summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private RoutePlanner _planner = null!;
    private RouteRequest _gallium = null!;
    private RouteRequest _uraniumNoRuCn = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = DatasetReader.BuiltIn();
        _planner = new RoutePlanner(new CostModel(dataset));
        _gallium = new RouteRequest("kz-pavlodar-aok", "jp-kanto-industry", dataset.FindCommodity("gallium")!);
        _uraniumNoRuCn = new RouteRequest("kz-kazatomprom-south", "jp-kanto-industry", dataset.FindCommodity("u3o8")!)
        {
            Constraints = new RouteConstraints { AvoidCountries = ["RU", "CN"] },
        };
    }

    [Benchmark(Description = "best route, gallium Pavlodar→Kanto")]
    public Route? Best() => _planner.Best(_gallium).Best;

    [Benchmark(Description = "best route, u3o8 avoid RU+CN")]
    public Route? BestConstrained() => _planner.Best(_uraniumNoRuCn).Best;

    [Benchmark(Description = "k=10 alternatives (plain Yen)")]
    public int Alternatives10() => _planner.Alternatives(_gallium, 10).Routes.Count;

    [Benchmark(Description = "k=10 alternatives, max 80 % shared")]
    public int Alternatives10Different() => _planner.Alternatives(_gallium, 10, 0.8).Routes.Count;

    [Benchmark(Description = "Pareto set (flagship query)")]
    public int Pareto() => _planner.Pareto(_gallium).Routes.Count;

    [Benchmark(Description = "whole flagship table (90 searches)")]
    public int Flagship() => Caravan.Core.Routing.Flagship.Run(_planner).Count;
}
