using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

public sealed class RandomStreamsTests
{
    [Fact]
    public void Xoshiro256StarStar_StateOneTwoThreeFour_MatchesReferenceOutputs()
    {
        // Outputs of the reference C implementation from state {1, 2, 3, 4}; the first two by hand:
        // rotl(2 * 5, 7) * 9 = 11520, and after one step s1 = 0, so the second output is 0.
        var x = new Xoshiro256StarStar(1, 2, 3, 4);
        Assert.Equal(11520UL, x.NextUInt64());
        Assert.Equal(0UL, x.NextUInt64());
        Assert.Equal(1509978240UL, x.NextUInt64());
        Assert.Equal(1215971899390074240UL, x.NextUInt64());
    }

    [Fact]
    public void SplitMix64_SeedZero_MatchesReferenceOutput()
    {
        var state = 0UL;
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
    }

    [Fact]
    public void Jump_SameState_SameJumpedStreamDifferentFromOriginal()
    {
        var a = Xoshiro256StarStar.FromSeed(7);
        var b = Xoshiro256StarStar.FromSeed(7);
        var original = Xoshiro256StarStar.FromSeed(7);
        a.Jump();
        b.Jump();
        var jumped = Enumerable.Range(0, 8).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(jumped, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()));
        Assert.NotEqual(jumped, Enumerable.Range(0, 8).Select(_ => original.NextUInt64()));
    }

    [Fact]
    public void Stream_SameIdentity_SameNumbersWhateverWasDrawnBefore()
    {
        var streams = new RandomStreams(42);
        var key = RandomStreams.Key("supply:KZPVL:gallium");
        var first = streams.Stream(3, key).NextUInt64();
        _ = streams.Stream(3, RandomStreams.Key("other")).NextUInt64();
        Assert.Equal(first, streams.Stream(3, key).NextUInt64());
        Assert.NotEqual(first, streams.Stream(4, key).NextUInt64());
        Assert.NotEqual(first, new RandomStreams(43).Stream(3, key).NextUInt64());
    }

    [Fact]
    public void NextDouble_ManyDraws_UniformMeanAndVariance()
    {
        var x = Xoshiro256StarStar.FromSeed(1);
        var m = new Moments();
        for (var i = 0; i < 200_000; i++)
        {
            var u = x.NextDouble();
            Assert.InRange(u, 0, 1 - 1e-17);
            m.Add(u);
        }
        // Standard error of the mean is sqrt(1/12/200000) ≈ 0.00065; allow 5 of them.
        Assert.Equal(0.5, m.Mean, 0.0033);
        Assert.Equal(1.0 / 12, m.Variance, 0.002);
    }

    [Fact]
    public void Uniform_CounterBased_DifferentAddressesDiffer()
    {
        var root = new RandomStreams(1).Replication(0);
        var values = new HashSet<double>();
        for (ulong lot = 0; lot < 100; lot++)
        {
            for (ulong resource = 0; resource < 100; resource++)
                values.Add(RandomStreams.Uniform(root, lot, resource));
        }
        Assert.Equal(10_000, values.Count);
    }
}
