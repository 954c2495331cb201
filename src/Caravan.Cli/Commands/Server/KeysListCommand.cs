using System.Globalization;
using Caravan.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan keys list</c>: every key with owner, role and state; never a secret.</summary>
public sealed class KeysListCommand(IAnsiConsole console) : AsyncCommand<DatabaseSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var keys = await store.ListKeysAsync(cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                keys = keys.Select(k => new { id = k.Id, owner = k.Owner, role = k.Role.ToString().ToLowerInvariant(), createdAt = k.CreatedAt, revokedAt = k.RevokedAt }),
            });
            return 0;
        }
        var table = new Table().AddColumns("id", "owner", "role", "created", "revoked");
        foreach (var k in keys)
            table.AddRow(k.Id, Markup.Escape(k.Owner), k.Role.ToString().ToLowerInvariant(),
                k.CreatedAt.ToString("u", CultureInfo.InvariantCulture), k.RevokedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "");
        console.Write(table);
        return 0;
    }
}
