using System.ComponentModel;
using Caravan.Cli.Conventions;
using Caravan.Questions.Routes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan route</c>.</summary>
public sealed class RouteSettings : ScenarioSettings
{
    /// <summary>Origin node: id or unique name.</summary>
    [CommandOption("--from <NODE>")]
    [Description("Origin node: id or unique name.")]
    public string? From { get; init; }

    /// <summary>Destination node: id or unique name.</summary>
    [CommandOption("--to <NODE>")]
    [Description("Destination node: id or unique name.")]
    public string? To { get; init; }

    /// <summary>Commodity: id or unique name.</summary>
    [CommandOption("--commodity <ID>")]
    [Description("Commodity: id or unique name (default: one supplied at the origin, else the first in the dataset).")]
    public string? Commodity { get; init; }

    /// <summary>Shipment size, t.</summary>
    [CommandOption("--tonnes <N>")]
    [Description("Shipment size in tonnes (default 1); costs and CO2 are for the whole shipment.")]
    [DefaultValue(1.0)]
    public double Tonnes { get; init; } = 1;

    /// <summary>Countries to avoid, comma-separated ISO alpha-2.</summary>
    [CommandOption("--avoid-country <CODES>")]
    [Description("Countries to avoid, ISO alpha-2, comma-separated (RU,CN).")]
    [Field("avoidCountries")]
    public string? AvoidCountry { get; init; }

    /// <summary>Modes to avoid.</summary>
    [CommandOption("--avoid-mode <MODES>")]
    [Description("Modes to avoid, comma-separated (air,road).")]
    [Field("avoidModes")]
    public string? AvoidMode { get; init; }

    /// <summary>Chokepoints to avoid.</summary>
    [CommandOption("--avoid-chokepoint <IDS>")]
    [Description("Chokepoints to avoid, comma-separated (suez,hormuz).")]
    [Field("avoidChokepoints")]
    public string? AvoidChokepoint { get; init; }

    /// <summary>Nodes to avoid.</summary>
    [CommandOption("--avoid-node <IDS>")]
    [Description("Nodes to avoid, comma-separated ids.")]
    [Field("avoidNodes")]
    public string? AvoidNode { get; init; }

    /// <summary>Links to avoid.</summary>
    [CommandOption("--avoid-link <IDS>")]
    [Description("Links to avoid, comma-separated ids.")]
    [Field("avoidLinks")]
    public string? AvoidLink { get; init; }

    /// <summary>Most mode changes.</summary>
    [CommandOption("--max-mode-changes <N>")]
    [Description("Most changes of mode along the route.")]
    public int? MaxModeChanges { get; init; }

    /// <summary>Most days door to door.</summary>
    [CommandOption("--max-days <D>")]
    [Description("Most expected days door to door.")]
    public double? MaxDays { get; init; }

    /// <summary>Number of alternatives.</summary>
    [CommandOption("--alternatives <K>")]
    [Description("Show the K best genuinely different routes (Yen; 1 to 10, default 1).")]
    [DefaultValue(1)]
    public int Alternatives { get; init; } = 1;

    /// <summary>Most shared cost between alternatives.</summary>
    [CommandOption("--max-shared <FRACTION>")]
    [Description("With --alternatives: skip a route when more than this fraction of its cost lies on links already shown (default 0.8; 1 = plain Yen).")]
    [DefaultValue(0.8)]
    public double MaxShared { get; init; } = 0.8;

    /// <summary>Pareto set instead of a ranking.</summary>
    [CommandOption("--pareto")]
    [Description("Show every route no other beats on all of money, time, CO2 and risk.")]
    public bool Pareto { get; init; }

    /// <summary>ε for the Pareto set.</summary>
    [CommandOption("--epsilon <E>")]
    [Description("With --pareto: ε-dominance (e.g. 0.05) to bound the work; reported when used.")]
    [DefaultValue(0.0)]
    public double Epsilon { get; init; }

    /// <summary>Carbon price.</summary>
    [CommandOption("--carbon-price <USD_PER_T>")]
    [Description("Carbon price, US$ per t CO2e (default 100).")]
    public double? CarbonPrice { get; init; }

    /// <summary>Time quantile.</summary>
    [CommandOption("--time-quantile <P>")]
    [Description("Use this quantile of every time distribution instead of the mean (e.g. 0.9).")]
    public double? TimeQuantile { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<string> Formats => ["table", "json", "geojson"];

    /// <summary>True when GeoJSON output was asked for.</summary>
    public bool GeoJson => Format.Equals("geojson", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(From) || string.IsNullOrWhiteSpace(To) ? ValidationResult.Error("give --from NODE and --to NODE") : base.Validate();

    /// <summary>The question these options ask; the question checks every value.</summary>
    public RouteFields Fields() => new()
    {
        From = From,
        To = To,
        Commodity = Commodity,
        Tonnes = Tonnes,
        AvoidCountries = AvoidCountry,
        AvoidModes = AvoidMode,
        AvoidChokepoints = AvoidChokepoint,
        AvoidNodes = AvoidNode,
        AvoidLinks = AvoidLink,
        MaxModeChanges = MaxModeChanges,
        MaxDays = MaxDays,
        Alternatives = Alternatives,
        MaxShared = MaxShared,
        Pareto = Pareto,
        Epsilon = Epsilon,
        CarbonPrice = CarbonPrice,
        TimeQuantile = TimeQuantile,
    };
}
