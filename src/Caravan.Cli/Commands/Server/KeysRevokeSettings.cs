using System.ComponentModel;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan keys revoke</c>.</summary>
public sealed class KeysRevokeSettings : DatabaseSettings
{
    /// <summary>The key id (the part after <c>cvn_</c>).</summary>
    [CommandArgument(0, "<ID>")]
    [Description("The key id, as 'caravan keys list' shows it.")]
    public string Id { get; init; } = "";
}
