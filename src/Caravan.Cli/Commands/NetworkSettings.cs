using System.ComponentModel;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan network</c>.</summary>
public sealed class NetworkSettings : CaravanSettings
{
    /// <summary>Countries whose nodes and links to list; none = the summary only.</summary>
    [CommandOption("--country <CODE>")]
    [Description("Also list the nodes in this country (ISO alpha-2) and the links that touch or cross it (repeatable).")]
    public string[] Countries { get; init; } = [];
}
