using BenchmarkDotNet.Attributes;
using Caravan.Core.Data;
using Caravan.Core.Risk;

namespace Caravan.Benchmarks;

/// <summary>Loading the minerals tables, the EU method for every mineral, and corridor exposure on the built-in network.</summary>
[MemoryDiagnoser]
public class RiskBenchmarks
{
    private Dataset _dataset = null!;
    private RiskAssessment _assessment = null!;
    private CorridorExposure _corridor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dataset = DatasetReader.BuiltIn();
        _assessment = RiskAssessment.For(_dataset, MineralsReader.BuiltIn(), new RiskOptions { AsOf = new DateOnly(2026, 11, 29) });
        _corridor = new CorridorExposure(_dataset, _assessment.Governance);
    }

    [Benchmark]
    public MineralsLoadResult LoadMinerals() => MineralsReader.Load(new BuiltInSource());

    [Benchmark]
    public int AssessAllMineralsForJapan()
    {
        var n = 0;
        foreach (var mineral in _assessment.Minerals.Minerals)
            n += _assessment.Assess(mineral, "JP").Stages.Count;
        return n;
    }

    /// <summary>Antimony for the EU: 15 origins, a cut test per transit country and chokepoint, and the bottleneck route risk.</summary>
    [Benchmark]
    public CorridorReport CorridorAntimonyEu()
    {
        var stage = _assessment.Assess("antimony").Stages[0];
        return _corridor.Analyse("antimony", "EU", stage.Production!.Shares.Select(s => (s.Country, s.Share)).ToArray());
    }
}
