namespace Caravan.Core.Simulation;

/// <summary>
/// Steele, Lea and Flood's SplitMix64: a 64-bit counter passed through a strong finaliser. Used to
/// seed <see cref="Xoshiro256StarStar"/> and as a counter-based hash, so that a random number can
/// be addressed by (seed, replication, entity, resource) instead of by the order events happen.
/// </summary>
public static class SplitMix64
{
    /// <summary>The golden-ratio increment of the counter.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The finaliser: a bijective mix of 64 bits in which every input bit affects every output bit.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Advances <paramref name="state"/> by one step and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += Gamma;
        return Mix(state);
    }

    /// <summary>Combines two keys into one; order matters (<c>Combine(a, b) ≠ Combine(b, a)</c>).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(Mix(a + Gamma) ^ (b + unchecked(2 * Gamma)));

    /// <summary>A uniform number in [0, 1) from the 53 high bits of <paramref name="bits"/>.</summary>
    public static double ToUnit(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));
}
