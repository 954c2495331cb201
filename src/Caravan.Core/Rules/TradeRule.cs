namespace Caravan.Core.Rules;

/// <summary>What kind of instrument a trade rule is.</summary>
public enum TradeRuleKind
{
    /// <summary>A sanction (UN, US, EU, Japan...).</summary>
    Sanction,

    /// <summary>A transit permit regime for dangerous goods (class 7: which countries permit transit).</summary>
    TransitPermit,

    /// <summary>A dual-use export licence.</summary>
    DualUseLicence,

    /// <summary>An export licence regime on a mineral.</summary>
    ExportLicence,
}

/// <summary>What a trade rule forbids or limits.</summary>
public enum TradeMeasure
{
    /// <summary>The goods may not leave the country (for the rule's importers).</summary>
    NoExport,

    /// <summary>The goods may not enter the country.</summary>
    NoImport,

    /// <summary>The goods may not pass through the country on their way elsewhere.</summary>
    NoTransit,

    /// <summary>Exports to each importer are limited to a share of its demand or a tonnage a year.</summary>
    Quota,

    /// <summary>Exports need a licence, but the sources give no quantity: recorded and reported, binds nothing.</summary>
    Licence,
}

/// <summary>
/// One row of <c>trade-rules.csv</c>: which goods (a commodity, every commodity of a mineral, or a hazard
/// class) may not be exported from, imported into or moved through a country, for which importers, since
/// when, on whose authority, with its source.
/// </summary>
public sealed record TradeRule
{
    /// <summary>Unique slug (<c>unscr-2231-ir-nuclear</c>); <c>lift_rule</c> scenario edits name it.</summary>
    public required string Id { get; init; }

    /// <summary>Sanction, transit permit, dual-use or export licence.</summary>
    public required TradeRuleKind Kind { get; init; }

    /// <summary>What it forbids or limits.</summary>
    public required TradeMeasure Measure { get; init; }

    /// <summary>Who imposes it (UN, US, EU, JP, CN...); rows of one authority on the same thing may not overlap in time.</summary>
    public required string Authority { get; init; }

    /// <summary>The country it bites in: the exporter (no_export, quota), the importer (no_import) or the transit country (no_transit).</summary>
    public required string Country { get; init; }

    /// <summary>The commodity it covers; empty when it covers a mineral or a hazard class.</summary>
    public string Commodity { get; init; } = "";

    /// <summary>The mineral whose commodities it covers; empty when not used.</summary>
    public string Mineral { get; init; } = "";

    /// <summary>The UN hazard class whose commodities it covers (<c>7</c>); empty when not used.</summary>
    public string HazardClass { get; init; } = "";

    /// <summary>Importing countries it applies to; empty = every importer.</summary>
    public IReadOnlyList<string> Importers { get; init; } = [];

    /// <summary>Quota: the share (0–1) of each importer's demand the exporter may fill; null = not given.</summary>
    public double? Share { get; init; }

    /// <summary>Quota: tonnes a year the exporter may ship to each importer; null = not given.</summary>
    public double? TonnesPerYear { get; init; }

    /// <summary>First day in force.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>First day no longer in force; null = open-ended.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The source: instrument, outlet and date.</summary>
    public required string Source { get; init; }

    /// <summary>Free text.</summary>
    public string Notes { get; init; } = "";

    /// <summary>True when the rule covers <paramref name="commodity"/>.</summary>
    public bool Covers(Data.Commodity commodity) =>
        (Commodity.Length > 0 && Commodity == commodity.Id)
        || (Mineral.Length > 0 && Mineral == commodity.Mineral)
        || (HazardClass.Length > 0 && HazardClass == commodity.HazardClass);

    /// <summary>True when the rule applies to goods bound for <paramref name="importer"/>.</summary>
    public bool AppliesTo(string importer) => Importers.Count == 0 || Importers.Contains(importer, StringComparer.Ordinal);

    /// <summary>True when in force on <paramref name="day"/>.</summary>
    public bool InForce(DateOnly day) => Start <= day && (End is null || day < End.Value);

    /// <summary>What it covers, for messages: <c>u3o8</c>, <c>mineral gallium</c>, <c>hazard class 7</c>.</summary>
    public string Goods => Commodity.Length > 0 ? Commodity : Mineral.Length > 0 ? $"mineral {Mineral}" : $"hazard class {HazardClass}";

    /// <summary>One line for explanations: <c>rule unscr-2231-ir-nuclear (UN sanction: no transit of hazard class 7 through IR)</c>.</summary>
    public string Describe() =>
        $"rule {Id} ({Authority} {Network.SnakeCase.Name(Kind).Replace('_', ' ')}: {Network.SnakeCase.Name(Measure).Replace('_', ' ')} of {Goods} {Preposition} {Country}{(Importers.Count > 0 ? $" for {string.Join(", ", Importers)}" : "")})";

    private string Preposition => Measure switch
    {
        TradeMeasure.NoImport => "into",
        TradeMeasure.NoTransit => "through",
        _ => "from",
    };
}
