using System.ComponentModel;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan risk eu-crm</c>.</summary>
public sealed class RiskEuCrmSettings : RiskSettings
{
    /// <summary>The input CSV.</summary>
    [CommandOption("--input <FILE>")]
    [Description("CSV of stage-level results (material,sr_e,sr_p,ei) or full inputs (material,stage,scope,country,share,...); see docs/risk.md.")]
    public string? Input { get; init; }

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        Input is null ? Spectre.Console.ValidationResult.Error("--input FILE is required") : base.Validate();
}
