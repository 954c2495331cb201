using Caravan.Core.Distributions;

namespace Caravan.Server.Simulation;

/// <summary>A reproducible uniform stream (SplitMix64): the same seed gives the same numbers on every machine.</summary>
internal sealed class SeededRandom(long seed) : IRandomSource
{
    private ulong _state = unchecked((ulong)seed);

    public double NextDouble()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        // 53 random bits → [0, 1).
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
