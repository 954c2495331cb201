using System.ComponentModel;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan cluster up</c>.</summary>
public sealed class ClusterUpSettings : CommandSettings
{
    /// <summary>Most silos one machine starts.</summary>
    public const int MaxNodes = 16;

    /// <summary>Silos to start.</summary>
    [CommandOption("--nodes <N>")]
    [Description("Silos to start on this machine (default 3, at most 16). Silo i listens on port 11111+i; clients connect to 30000+i.")]
    [DefaultValue(3)]
    public int Nodes { get; init; } = 3;

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        Nodes is < 1 or > MaxNodes
            ? Spectre.Console.ValidationResult.Error($"--nodes must be at least 1 and at most {MaxNodes}; got {Nodes}")
            : base.Validate();
}
