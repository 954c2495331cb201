namespace Caravan.Core.Risk;

/// <summary>An export restriction a country applies to a material, with its dates.</summary>
/// <param name="Country">Restricting country, ISO alpha-2.</param>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Measure">Licence, ban or technology ban.</param>
/// <param name="Importer">The importer it targets; empty when it applies to all destinations.</param>
/// <param name="Announced">Announcement date.</param>
/// <param name="Effective">Date it takes effect.</param>
/// <param name="SuspendedFrom">Start of a suspension, where one was announced.</param>
/// <param name="SuspendedUntil">End of the suspension.</param>
/// <param name="TradeParameterValue">The trade parameter <c>t</c> it implies while in force; null when it does not act through <c>t</c>.</param>
/// <param name="Notes">Free text.</param>
public sealed record ExportRestriction(
    string Country, string Mineral, RestrictionMeasure Measure, string Importer, DateOnly? Announced,
    DateOnly Effective, DateOnly? SuspendedFrom, DateOnly? SuspendedUntil, double? TradeParameterValue, string Notes = "")
{
    /// <summary>True when the measure binds on <paramref name="date"/>: effective and not suspended.</summary>
    public bool InForceOn(DateOnly date) =>
        date >= Effective && !(SuspendedFrom is { } from && SuspendedUntil is { } until && date >= from && date < until);

    /// <summary>True when the measure applies to goods bound for <paramref name="importer"/> (null = any destination).</summary>
    public bool AppliesTo(string? importer) =>
        Importer.Length == 0 || (importer is not null && string.Equals(Importer, importer, StringComparison.OrdinalIgnoreCase));

    /// <summary>"in force", "suspended until …" or "from …", for reports.</summary>
    public string StatusOn(DateOnly date) =>
        date < Effective ? $"from {Effective:yyyy-MM-dd}"
        : InForceOn(date) ? (SuspendedUntil is { } until && date >= until ? $"in force (suspension ended {until:yyyy-MM-dd})" : "in force")
        : $"suspended until {SuspendedUntil:yyyy-MM-dd}";
}
