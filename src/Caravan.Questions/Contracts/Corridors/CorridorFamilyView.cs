using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Questions.Contracts;

/// <summary>A corridor family's volume: the freight crossing its cut, both ways, a year.</summary>
/// <param name="Family">north, west, south, east or sea.</param>
/// <param name="Name">The cut that defines it.</param>
/// <param name="TonnesPerYear">Cargo, t/yr (a TEU counts 10 t).</param>
/// <param name="TeuPerYear">Containers, TEU/yr.</param>
/// <param name="BaselineTonnesPerYear">The same with no scenario.</param>
/// <param name="BaselineTeuPerYear">The same with no scenario.</param>
/// <param name="DivertedTonnesPerYear">Tonnes gained (positive) or lost (negative) against the baseline.</param>
public sealed record CorridorFamilyView(string Family, string Name, double TonnesPerYear, double TeuPerYear,
    double BaselineTonnesPerYear, double BaselineTeuPerYear, double DivertedTonnesPerYear)
{
    /// <summary>The contract of <paramref name="volume"/> beside <paramref name="baseline"/>.</summary>
    public static CorridorFamilyView Of(CorridorVolume volume, CorridorVolume? baseline)
    {
        ArgumentNullException.ThrowIfNull(volume);
        return new(volume.Family, volume.Name, Math.Round(volume.TonnesPerYear), Math.Round(volume.TeuPerYear),
            Math.Round(baseline?.TonnesPerYear ?? 0), Math.Round(baseline?.TeuPerYear ?? 0), Math.Round(volume.TonnesPerYear - (baseline?.TonnesPerYear ?? 0)));
    }
}
