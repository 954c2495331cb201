using System.ComponentModel;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan serve</c>.</summary>
public sealed class ServeSettings : DatabaseSettings
{
    /// <summary>Where to listen.</summary>
    [CommandOption("--urls <URLS>")]
    [Description("Address(es) to listen on, separated by ';'. Default: http://127.0.0.1:5080 (this machine only).")]
    [DefaultValue("http://127.0.0.1:5080")]
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>False: reading needs a key too.</summary>
    [CommandOption("--closed-reads")]
    [Description("Require an API key (any role) for reading too; by default reads are open and only writes need a key.")]
    public bool ClosedReads { get; init; }
}
