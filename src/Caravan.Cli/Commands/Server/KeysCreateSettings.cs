using System.ComponentModel;
using Caravan.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan keys create</c>.</summary>
public sealed class KeysCreateSettings : DatabaseSettings
{
    /// <summary>viewer, analyst or admin.</summary>
    [CommandOption("--role <ROLE>")]
    [Description("viewer (read), analyst (also create scenarios and start runs) or admin (also others' private scenarios).")]
    [DefaultValue("analyst")]
    public string Role { get; init; } = "analyst";

    /// <summary>Who the key is for.</summary>
    [CommandOption("--owner <NAME>")]
    [Description("Who the key is for; scenarios and runs made with it carry this name. Default: your user name.")]
    public string? Owner { get; init; }

    /// <summary>The parsed role.</summary>
    public Role ParsedRole => Enum.Parse<Role>(Role, ignoreCase: true);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
            return baseResult;
        return Enum.TryParse<Role>(Role, ignoreCase: true, out _) && !int.TryParse(Role, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--role must be one of viewer, analyst, admin; got '{Role}'");
    }
}
