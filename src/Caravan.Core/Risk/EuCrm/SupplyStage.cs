namespace Caravan.Core.Risk;

/// <summary>A stage of a raw material's supply chain; the EU method scores each stage separately.</summary>
public enum SupplyStage
{
    /// <summary>Mining: ore or concentrate leaves the ground.</summary>
    Extraction,

    /// <summary>Refining, smelting, separation: the first marketable refined product.</summary>
    Processing,
}
