namespace Caravan.Core.Network;

/// <summary>A transport mode. Dataset files spell them in snake case (<c>inland_water</c>).</summary>
public enum Mode
{
    /// <summary>Rail.</summary>
    Rail,
    /// <summary>Road (truck).</summary>
    Road,
    /// <summary>Deep-sea shipping.</summary>
    Sea,
    /// <summary>Rail or road ferry (Caspian, Black Sea).</summary>
    Ferry,
    /// <summary>Air freight.</summary>
    Air,
    /// <summary>River or canal barge.</summary>
    InlandWater,
}
