namespace Caravan.Core.Traffic;

/// <summary>
/// The classes of background freight: containers counted in TEU, dry bulk and general cargo in
/// tonnes, liquids (crude oil and products) in tonnes. Each class has its own modes and unit.
/// </summary>
public enum CargoClass
{
    /// <summary>Containers, quantities in loaded TEU.</summary>
    Container,

    /// <summary>Dry bulk and general cargo (grain, metals, fertiliser, coal), quantities in tonnes.</summary>
    Bulk,

    /// <summary>Crude oil and products moved by rail tank car or tanker, quantities in tonnes.</summary>
    Liquid,
}
