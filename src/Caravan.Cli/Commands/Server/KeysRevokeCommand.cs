using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan keys revoke ID</c>: the key stops working at once.</summary>
public sealed class KeysRevokeCommand(IAnsiConsole console) : AsyncCommand<KeysRevokeSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, KeysRevokeSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        if (!await store.RevokeKeyAsync(settings.Id, cancellationToken))
            throw new CaravanException($"no valid key '{settings.Id}'; 'caravan keys list' shows the keys");
        console.MarkupLine($"Revoked key [bold]{Markup.Escape(settings.Id)}[/].");
        return 0;
    }
}
