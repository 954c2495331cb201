namespace Caravan.Core.Risk;

/// <summary>Which supply an HHI describes: world production or one importer's sourcing mix.</summary>
public enum HhiScope
{
    /// <summary>Global supply (world production shares).</summary>
    Global,

    /// <summary>The importer's own sourcing mix (domestic production plus imports by origin).</summary>
    Sourcing,
}
