using Caravan.Core.Risk;
using CsCheck;

namespace Caravan.Core.Tests.Risk;

public sealed class RiskPropertyTests
{
    private static readonly Gen<double[]> Quantities = Gen.Double[0.001, 1000].Array[1, 12];

    [Fact]
    public void Hhi_AnyShares_BetweenLargestShareSquaredAndOne() =>
        Quantities.Sample(q =>
        {
            var c = Concentration.Of(q.Select((x, i) => ($"C{i}", x)))!;
            var largest = c.Shares[0].Share;
            return c.Hhi >= largest * largest - 1e-12 && c.Hhi <= 1 + 1e-12 && c.Hhi >= 1.0 / q.Length - 1e-12;
        });

    [Fact]
    public void HhiWgi_UnknownWgi_LowNeverAboveHighAndBracketsAnyValue() =>
        Gen.Select(Quantities, Gen.Double[0, 10], Gen.Double[0, 10]).Sample((q, w, unknownActual) =>
        {
            var c = Concentration.Of(q.Select((x, i) => ($"C{i}", x)))!;
            var terms = c.Shares.Select((s, i) => new HhiWgiTerm(s.Country, s.Share, i == 0 ? null : w, 1.0)).ToArray();
            var known = c.Shares.Select((s, i) => new HhiWgiTerm(s.Country, s.Share, i == 0 ? unknownActual : w, 1.0)).ToArray();
            var interval = new HhiWgi(terms);
            var exact = new HhiWgi(known).Value!.Value;
            return interval.Low <= exact + 1e-12 && exact <= interval.High + 1e-12;
        });

    [Fact]
    public void SupplyRisk_MoreRecyclingOrSubstitutability_NeverRaisesSr() =>
        Gen.Select(Gen.Double[0, 10], Gen.Double[0, 10], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1]).Sample((g, s, ir, eol, si) =>
        {
            var sr = EuCrmMethod.SupplyRisk(g, s, ir, eol, si);
            return EuCrmMethod.SupplyRisk(g, s, ir, Math.Min(1, eol + 0.1), si) <= sr + 1e-12
                && EuCrmMethod.SupplyRisk(g, s, ir, eol, Math.Max(0, si - 0.1)) <= sr + 1e-12;
        });

    [Fact]
    public void StageRule_AnyStages_IsTheMaximum() =>
        Gen.Select(Gen.Double[0, 10], Gen.Double[0, 10]).Sample((e, p) => EuCrmMethod.StageRule(e, p)!.Value.Sr == Math.Max(e, p));

    [Fact]
    public void Spearman_AnySeries_WithinMinusOneAndOne() =>
        Gen.Double[-100, 100].Array[2, 20].Sample(x =>
        {
            var y = x.Select(v => v * v).ToArray();
            var rho = RankCorrelation.Spearman(x, y);
            return rho is null || (rho >= -1 - 1e-12 && rho <= 1 + 1e-12);
        });
}
