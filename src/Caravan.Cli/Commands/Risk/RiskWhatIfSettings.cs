using System.ComponentModel;
using Caravan.Cli.Conventions;
using Caravan.Questions.Fields;
using Caravan.Questions.Risk;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan risk whatif</c>.</summary>
public sealed class RiskWhatIfSettings : RiskSettings
{
    /// <summary>Sources to add, <c>CC:t</c> or <c>CC:p%</c>.</summary>
    [CommandOption("--add-source <CC:AMOUNT>")]
    [Description("Add supply from a country: KZ:15 (t/yr) or KZ:10% (of today's total). Repeatable.")]
    [Field("add")]
    public string[] AddSource { get; init; } = [];

    /// <summary>Origins to drop from the importer's mix.</summary>
    [CommandOption("--remove-source <CC>")]
    [Description("Drop an origin from the importer's sourcing (a supplier stops). Repeatable.")]
    [Field("remove")]
    public string[] RemoveSource { get; init; } = [];

    /// <summary>Countries whose exports stop.</summary>
    [CommandOption("--ban <CC>")]
    [Description("A country stops exporting: removed from the importer's sourcing and from world supply. Repeatable.")]
    public string[] Ban { get; init; } = [];

    /// <summary>Origins whose amount or share to set.</summary>
    [CommandOption("--set-share <CC:AMOUNT>")]
    [Description("Set an origin's amount: CN:30 (t/yr) or CN:20% (share of the new total). Repeatable.")]
    [Field("set")]
    public string[] SetShare { get; init; } = [];

    /// <summary>The what-if these options ask; the question checks every value.</summary>
    public WhatIfFields WhatIfFields() => new()
    {
        Mineral = Mineral,
        Importer = Importer,
        Add = TextList.Join(AddSource),
        Remove = TextList.Join(RemoveSource),
        Ban = TextList.Join(Ban),
        Set = TextList.Join(SetShare),
        Year = Year,
        AsOf = AsOf,
    };
}
