using System.ComponentModel;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan risk whatif</c>.</summary>
public sealed class RiskWhatIfSettings : RiskSettings
{
    /// <summary>Sources to add, <c>CC:t</c> or <c>CC:p%</c>.</summary>
    [CommandOption("--add-source <CC:AMOUNT>")]
    [Description("Add supply from a country: KZ:15 (t/yr) or KZ:10% (of today's total). Repeatable.")]
    public string[] AddSource { get; init; } = [];

    /// <summary>Origins to drop from the importer's mix.</summary>
    [CommandOption("--remove-source <CC>")]
    [Description("Drop an origin from the importer's sourcing (a supplier stops). Repeatable.")]
    public string[] RemoveSource { get; init; } = [];

    /// <summary>Countries whose exports stop.</summary>
    [CommandOption("--ban <CC>")]
    [Description("A country stops exporting: removed from the importer's sourcing and from world supply. Repeatable.")]
    public string[] Ban { get; init; } = [];

    /// <summary>Origins whose amount or share to set.</summary>
    [CommandOption("--set-share <CC:AMOUNT>")]
    [Description("Set an origin's amount: CN:30 (t/yr) or CN:20% (share of the new total). Repeatable.")]
    public string[] SetShare { get; init; } = [];
}
