namespace Caravan.Core.Data;

/// <summary>
/// Sane ranges for the dataset's numeric fields, shared by the CSV tables, GeoJSON import and the
/// scenario edits that add nodes and links, so one number means the same everywhere. A value past
/// its range is a typo or an attack (1e308 capacity, a 40,000 km ferry) that would otherwise
/// overflow later sums and integer scaling; docs/dataset.md lists every range.
/// </summary>
public static class FieldLimits
{
    /// <summary>Largest magnitude any number in Caravan's tables may have where no tighter range applies.</summary>
    public const double Ceiling = 1e12;

    /// <summary>Largest whole number (counts, years) where no tighter range applies; fits a 32-bit integer.</summary>
    public const double WholeCeiling = 1e9;

    /// <summary>Longest link, km: once round the Earth at the equator.</summary>
    public const double MaxDistanceKm = 40_075;

    /// <summary>Highest freight or handling charge, US$ per tonne.</summary>
    public const double MaxUsdPerTonne = 1_000_000;

    /// <summary>Highest tariff, US$ per tonne-km (air freight costs about 1).</summary>
    public const double MaxUsdPerTonneKm = 100;

    /// <summary>Largest month value of a profile: a capacity factor or a closure weight.</summary>
    public const double MaxMonthValue = 1_000;

    /// <summary>Largest capacity in tonnes per day (the world's seaborne trade is about 33 million t/day).</summary>
    public const double MaxTonnesPerDay = 1e9;

    /// <summary>Largest capacity in TEU per day (the busiest port handles about 140,000 TEU/day).</summary>
    public const double MaxTeuPerDay = 1e7;

    /// <summary>Largest capacity in wagons per day.</summary>
    public const double MaxWagonsPerDay = 1e6;

    /// <summary>Most parallel servers (berths, tracks, inspection lanes) at a node.</summary>
    public const double MaxServers = 100_000;

    /// <summary>Most departures per week: one a minute.</summary>
    public const double MaxDeparturesPerWeek = 10_080;

    /// <summary>Highest emission factor, g CO2 per tonne-km (air freight is about 600-1,100).</summary>
    public const double MaxCo2GramsPerTonneKm = 10_000;

    /// <summary>Most random closures per year: one a day.</summary>
    public const double MaxClosuresPerYear = 365;

    /// <summary>Highest commodity value, US$ per tonne (rhodium, the dearest traded metal, is about 5e8).</summary>
    public const double MaxValueUsdPerTonne = 1e10;

    /// <summary>Heaviest payload of one TEU, tonnes.</summary>
    public const double MaxTonnesPerTeu = 100;

    /// <summary>Heaviest payload of one wagon, tonnes.</summary>
    public const double MaxTonnesPerWagon = 200;

    /// <summary>Largest supply or demand, tonnes per year (world iron ore output is about 2.5e9).</summary>
    public const double MaxTonnesPerYear = 1e10;

    /// <summary>Longest safety stock, days: ten years.</summary>
    public const double MaxSafetyStockDays = 3_650;

    /// <summary>Latest year a source may carry.</summary>
    public const double MaxYear = 2_100;

    /// <summary>Largest growth a year of a freight row, either way (1 = doubling each year).</summary>
    public const double MaxGrowthPerYear = 1;
}
