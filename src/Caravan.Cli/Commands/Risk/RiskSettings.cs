using System.ComponentModel;
using Caravan.Questions.Risk;
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

    /// <summary>The question these options ask; the question checks every value.</summary>
    public RiskFields Fields() => new() { Importer = Importer, Mineral = Mineral, Year = Year, AsOf = AsOf };

    /// <summary>Today (UTC), the default as-of date.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
