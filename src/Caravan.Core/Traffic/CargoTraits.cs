using Caravan.Core.Network;

namespace Caravan.Core.Traffic;

/// <summary>
/// What each cargo class weighs, how much capacity it takes and which modes carry it. The assignment's
/// common unit is the capacity-equivalent tonne (t-eq): a tonne of bulk or liquid is one t-eq; a TEU
/// rides half of a 65-t four-axle flat wagon, so it takes 32.5 t-eq of a line's, ferry's or port's
/// tonne capacity while carrying about 10 t of cargo (docs/assignment.md).
/// </summary>
public static class CargoTraits
{
    /// <summary>Payload of a standard 1520 mm four-axle wagon, t (also the wagon-capacity unit).</summary>
    public const double WagonTonnes = 65;

    /// <summary>Capacity one TEU takes, t-eq: half a flat wagon.</summary>
    public const double TeuCapacityTonnes = WagonTonnes / 2;

    /// <summary>Average cargo in a loaded TEU, t.</summary>
    public const double TeuCargoTonnes = 10;

    /// <summary>Capacity one unit of the class takes, t-eq.</summary>
    public static double CapacityTonnesPerUnit(CargoClass cargo) => cargo == CargoClass.Container ? TeuCapacityTonnes : 1;

    /// <summary>Cargo tonnes in one unit of the class.</summary>
    public static double CargoTonnesPerUnit(CargoClass cargo) => cargo == CargoClass.Container ? TeuCargoTonnes : 1;

    /// <summary>True when <paramref name="mode"/> carries the class: no freight class flies; liquids go by rail tank car or tanker, not by road.</summary>
    public static bool MayUse(CargoClass cargo, Mode mode) => mode switch
    {
        Mode.Air => false,
        Mode.Road => cargo != CargoClass.Liquid,
        _ => true,
    };

    /// <summary>An element's capacity in t-eq a day.</summary>
    public static double CapacityTonnes(Capacity capacity) => capacity.PerDay * TonnesPerCapacityUnit(capacity.Unit);

    /// <summary>t-eq one unit of capacity stands for: a tonne, a TEU (32.5 t-eq) or a wagon (65 t-eq).</summary>
    public static double TonnesPerCapacityUnit(CapacityUnit unit) => unit switch
    {
        CapacityUnit.Teu => TeuCapacityTonnes,
        CapacityUnit.Wagons => WagonTonnes,
        _ => 1,
    };
}
