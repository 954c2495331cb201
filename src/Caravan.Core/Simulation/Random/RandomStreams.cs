using System.Text;

namespace Caravan.Core.Simulation;

/// <summary>
/// Random streams addressed by identity: (seed, replication, key), where the key names an entity or
/// a resource (<c>supply:KZPVL:gallium</c>, <c>closures:link-id</c>). Because a stream depends only on
/// who draws, never on when or on which thread, the same seed gives the same numbers on any machine
/// and thread count, and two scenarios see the same storms and the same arrivals (common random numbers).
/// </summary>
public readonly record struct RandomStreams(ulong Seed)
{
    /// <summary>A stable 64-bit key for a text identity (FNV-1a over UTF-8, then mixed).</summary>
    public static ulong Key(string identity)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(identity))
        {
            hash ^= b;
            hash *= 0x100000001B3UL;
        }
        return SplitMix64.Mix(hash);
    }

    /// <summary>The root key of one replication.</summary>
    public ulong Replication(int replication) => SplitMix64.Combine(SplitMix64.Mix(Seed), (ulong)replication);

    /// <summary>A sequential stream for <paramref name="key"/> in <paramref name="replication"/>.</summary>
    public Xoshiro256StarStar Stream(int replication, ulong key) =>
        Xoshiro256StarStar.FromSeed(SplitMix64.Combine(Replication(replication), key));

    /// <summary>
    /// One uniform number in [0, 1) addressed by a replication root and two keys (say a lot and a
    /// resource): a counter-based draw, so a lot meets the same luck at a resource in every scenario,
    /// whatever else has happened before.
    /// </summary>
    public static double Uniform(ulong replicationRoot, ulong a, ulong b) =>
        SplitMix64.ToUnit(SplitMix64.Combine(SplitMix64.Combine(replicationRoot, a), b));
}
