namespace Caravan.Core.Traffic;

/// <summary>
/// One row of <c>freight.csv</c>: trade between two places that is not one of the studied minerals
/// but shares the corridors with them. It is demand, never a corridor count: the traffic assignment
/// chooses its routes.
/// </summary>
public sealed record FreightFlow
{
    /// <summary>Unique id of the row.</summary>
    public required string Id { get; init; }

    /// <summary>Node where the freight starts.</summary>
    public required string Origin { get; init; }

    /// <summary>Node where it ends.</summary>
    public required string Destination { get; init; }

    /// <summary>Its cargo class, which fixes the unit of <see cref="QuantityPerYear"/>.</summary>
    public required CargoClass Cargo { get; init; }

    /// <summary>Loaded TEU a year for containers, tonnes a year for bulk and liquids, in <see cref="Year"/>.</summary>
    public required double QuantityPerYear { get; init; }

    /// <summary>Value of the cargo, US$ per TEU or per tonne: it prices the time the cargo spends moving.</summary>
    public required double ValueUsdPerUnit { get; init; }

    /// <summary>The year the quantity was observed or estimated for.</summary>
    public required int Year { get; init; }

    /// <summary>Growth a year, as a share (0.05 = 5 %), to carry the quantity to another year; 0 = none.</summary>
    public double GrowthPerYear { get; init; }

    /// <summary>Source or derivation.</summary>
    public string Notes { get; init; } = "";

    /// <summary>The quantity carried to <paramref name="year"/> at <see cref="GrowthPerYear"/> (compound).</summary>
    public double QuantityIn(int year) => QuantityPerYear * Math.Pow(1 + GrowthPerYear, year - Year);
}
