using System.Numerics;
using Caravan.Core.Distributions;

namespace Caravan.Core.Simulation;

/// <summary>
/// Blackman and Vigna's xoshiro256** generator: 256 bits of state, period 2^256 − 1, fast and
/// statistically strong. A mutable struct-like class: one instance is one stream, never shared
/// between threads. <see cref="Jump"/> skips 2^128 steps so one seed can be split into
/// non-overlapping streams; <see cref="RandomStreams"/> seeds streams by identity instead.
/// </summary>
public sealed class Xoshiro256StarStar : IRandomSource
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator with the given state; the state must not be all zero.</summary>
    public Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
            throw new ArgumentException("xoshiro256** state must not be all zero.");
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>A generator whose state is four outputs of SplitMix64 from <paramref name="seed"/> (the authors' advice).</summary>
    public static Xoshiro256StarStar FromSeed(ulong seed)
    {
        var state = seed;
        return new Xoshiro256StarStar(
            SplitMix64.Next(ref state), SplitMix64.Next(ref state), SplitMix64.Next(ref state), SplitMix64.Next(ref state));
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <inheritdoc />
    public double NextDouble() => SplitMix64.ToUnit(NextUInt64());

    /// <summary>An exponential sample with the given mean, by inverse transform (one uniform per sample).</summary>
    public double NextExponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Advances the stream by 2^128 steps: 2^128 calls to <see cref="NextUInt64"/> from here never overlap the result.</summary>
    public void Jump()
    {
        ReadOnlySpan<ulong> polynomial = [0x180EC6D33CFD0ABAUL, 0xD5A61266F0C9392CUL, 0xA9582618E03FC9AAUL, 0x39ABDC4529B1661CUL];
        ulong s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        foreach (var word in polynomial)
        {
            for (var bit = 0; bit < 64; bit++)
            {
                if ((word & (1UL << bit)) != 0)
                {
                    s0 ^= _s0;
                    s1 ^= _s1;
                    s2 ^= _s2;
                    s3 ^= _s3;
                }
                NextUInt64();
            }
        }
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }
}
