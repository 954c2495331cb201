namespace Caravan.Core.Network;

/// <summary>Per-mode defaults used where the dataset gives no value of its own.</summary>
public static class ModeDefaults
{
    /// <summary>
    /// Well-to-wheel CO2e intensity, g per t-km: UK DESNZ 2025 conversion factors (rail, road
    /// articulated &gt;33 t, container ship average, air international without radiative forcing) and
    /// GLEC Framework v3.0 (RoPax ferry 10–20 kGT, MDO). Inland water is an estimate between rail
    /// and sea: DESNZ gives no inland-waterway freight factor.
    /// </summary>
    public static double Co2GramsPerTonneKm(Mode mode) => mode switch
    {
        Mode.Rail => 34.7,
        Mode.Road => 95.0,
        Mode.Sea => 19.8,
        Mode.Ferry => 124.8,
        Mode.Air => 666.5,
        Mode.InlandWater => 31.0,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown mode."),
    };
}
