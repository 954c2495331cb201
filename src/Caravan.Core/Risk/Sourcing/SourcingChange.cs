using System.Globalization;

namespace Caravan.Core.Risk;

/// <summary>What a what-if does to one origin.</summary>
public enum SourcingChangeKind
{
    /// <summary>Add supply from an origin (tonnes per year, or % of the baseline total).</summary>
    Add,

    /// <summary>Drop an origin from the importer's mix (a supplier stops).</summary>
    Remove,

    /// <summary>The origin country stops exporting: drop it from the importer's mix and from global supply.</summary>
    Ban,

    /// <summary>Set an origin's amount (tonnes per year) or share (% of the new total).</summary>
    Set,
}

/// <summary>One what-if edit of an importer's sourcing mix.</summary>
/// <param name="Kind">Add, remove, ban or set.</param>
/// <param name="Country">Origin country, ISO alpha-2.</param>
/// <param name="Amount">Tonnes per year, or a percentage when <paramref name="Percent"/>; null for remove and ban.</param>
/// <param name="Percent">True when <paramref name="Amount"/> is a percentage.</param>
public sealed record SourcingChange(SourcingChangeKind Kind, string Country, double? Amount = null, bool Percent = false)
{
    /// <summary>Parses <c>KZ:15</c> (t/yr), <c>KZ:10%</c> or, for remove and ban, <c>CN</c>; an error message instead when malformed.</summary>
    public static (SourcingChange? Change, string? Error) Parse(SourcingChangeKind kind, string text)
    {
        var parts = text.Trim().Split(':', 2, StringSplitOptions.TrimEntries);
        var country = parts[0].ToUpperInvariant();
        if (country.Length != 2 || !char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1]))
            return (null, $"'{text}': expected an ISO alpha-2 country code first, as in KZ:15");
        var needsAmount = kind is SourcingChangeKind.Add or SourcingChangeKind.Set;
        if (!needsAmount)
            return parts.Length == 1 ? (new SourcingChange(kind, country), null) : (null, $"'{text}': give only the country code, as in CN");
        if (parts.Length == 1)
            return (null, $"'{text}': give an amount in t/yr or a percentage, as in {country}:15 or {country}:10%");
        var amountText = parts[1];
        var percent = amountText.EndsWith('%');
        if (percent)
            amountText = amountText[..^1].Trim();
        if (!double.TryParse(amountText, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !double.IsFinite(amount) || amount < 0
            || (percent && amount > 100 && kind == SourcingChangeKind.Set) || (kind == SourcingChangeKind.Add && amount == 0))
            return (null, $"'{text}': the amount must be a {(kind == SourcingChangeKind.Add ? "positive" : "non-negative")} number{(kind == SourcingChangeKind.Set ? " (a share at most 100%)" : "")}");
        return (new SourcingChange(kind, country, amount, percent), null);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Amount is { } a ? $"{Kind.ToString().ToLowerInvariant()} {Country}:{a.ToString(CultureInfo.InvariantCulture)}{(Percent ? "%" : " t/yr")}"
        : $"{Kind.ToString().ToLowerInvariant()} {Country}";
}
