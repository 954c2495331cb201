namespace Caravan.Core.Risk;

/// <summary>The kind of export restriction a country applies to a material.</summary>
public enum RestrictionMeasure
{
    /// <summary>Exports need a licence; volumes may fall but are not stopped by law.</summary>
    Licence,

    /// <summary>Exports are forbidden (to all, or to the named importer).</summary>
    Ban,

    /// <summary>Export of the technology (not the material) is forbidden.</summary>
    TechnologyBan,
}
