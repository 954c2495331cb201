using System.ComponentModel;
using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Risk;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan risk</c> and its subcommands.</summary>
public class RiskSettings : CaravanSettings
{
    /// <summary>Importer whose sourcing to assess (ISO alpha-2, or EU).</summary>
    [CommandOption("--importer <CODE>")]
    [Description("Importer whose sourcing to assess: ISO alpha-2 code (JP, US) or EU.")]
    public string? Importer { get; init; }

    /// <summary>Only this mineral.</summary>
    [CommandOption("--mineral <ID>")]
    [Description("Only this mineral (gallium, rare-earths, uranium, antimony, titanium, chromium, tungsten).")]
    public string? Mineral { get; init; }

    /// <summary>Production data year.</summary>
    [CommandOption("--year <YEAR>")]
    [Description("Production data year (default: the latest year that is not wholly estimated).")]
    public int? Year { get; init; }

    /// <summary>Date deciding which export restrictions are in force.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("Date (yyyy-mm-dd) that decides which export restrictions are in force (default: today).")]
    public string? AsOf { get; init; }

    /// <summary>The as-of date, today (UTC) by default.</summary>
    public DateOnly AsOfDate =>
        AsOf is null ? DateOnly.FromDateTime(DateTime.UtcNow)
        : DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CaravanException($"--as-of must be a date yyyy-mm-dd, got '{AsOf}'");

    /// <summary>The importer code in capitals, or null.</summary>
    public string? ImporterCode => Importer?.Trim().ToUpperInvariant();

    /// <summary>The mineral asked for, checked against the tables (with suggestions), or all of them.</summary>
    public IReadOnlyList<string> SelectMinerals(MineralsData minerals)
    {
        if (Mineral is null)
            return minerals.Minerals;
        var wanted = Mineral.Trim().ToLowerInvariant();
        if (minerals.Minerals.Contains(wanted))
            return [wanted];
        throw new CaravanException($"no data for mineral '{Mineral}'{Suggestions.DidYouMean(wanted, minerals.Minerals)}; minerals with data: {string.Join(", ", minerals.Minerals)}");
    }
}
