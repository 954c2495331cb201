using Caravan.Core.Network;

namespace Caravan.Core.Data;

/// <summary>A mineral product that moves through the network.</summary>
public sealed record Commodity
{
    /// <summary>Slug (<c>gallium</c>, <c>u3o8</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Harmonized System code.</summary>
    public required string HsCode { get; init; }

    /// <summary>Value, US$/t; prices the time the cargo spends in transit.</summary>
    public required double ValueUsdPerTonne { get; init; }

    /// <summary>UN dangerous-goods class ("7" radioactive); empty when not dangerous.</summary>
    public string HazardClass { get; init; } = "";

    /// <summary>UN number, e.g. UN2912.</summary>
    public string UnNumber { get; init; } = "";

    /// <summary>Modes the commodity may never use.</summary>
    public IReadOnlyList<Mode> ForbiddenModes { get; init; } = [];

    /// <summary>True: may pass ports and airports only where licensed for its hazard class.</summary>
    public bool LicensedNodesOnly { get; init; }

    /// <summary>Annual inventory carrying rate, fraction per year.</summary>
    public double CarryingRatePerYear { get; init; } = 0.10;

    /// <summary>The mineral it is made of, for the risk tables.</summary>
    public string Mineral { get; init; } = "";

    /// <summary>Free text.</summary>
    public string Notes { get; init; } = "";

    /// <summary>Tonnes of this commodity one TEU carries (payload, packed); null = not given.</summary>
    public double? TonnesPerTeu { get; init; }

    /// <summary>Tonnes of this commodity one rail wagon carries; null = not given.</summary>
    public double? TonnesPerWagon { get; init; }

    /// <summary>Tonnes of this commodity in one <paramref name="unit"/> of capacity (1 for tonnes); NaN when the dataset does not say.</summary>
    public double TonnesPer(CapacityUnit unit) => unit switch
    {
        CapacityUnit.Teu => TonnesPerTeu ?? double.NaN,
        CapacityUnit.Wagons => TonnesPerWagon ?? double.NaN,
        _ => 1,
    };

    /// <summary>True when the commodity may use <paramref name="mode"/>.</summary>
    public bool MayUse(Mode mode) => !ForbiddenModes.Contains(mode);

    /// <summary>
    /// True when the commodity may pass <paramref name="node"/>: the studied minerals are dry cargo, so
    /// not through a liquids-only terminal; and licensing of ports and airports.
    /// </summary>
    public bool MayPass(Node node) =>
        (node.Handles(Traffic.CargoClass.Bulk) || node.Handles(Traffic.CargoClass.Container))
        && (!LicensedNodesOnly
        || node.Kind is not (NodeKind.Port or NodeKind.Airport)
        || node.LicensedClasses.Contains(HazardClass, StringComparer.OrdinalIgnoreCase));
}
