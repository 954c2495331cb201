using Caravan.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan keys create</c>: issues an API key and prints its token once; only a hash is stored.</summary>
public sealed class KeysCreateCommand(IAnsiConsole console) : AsyncCommand<KeysCreateSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, KeysCreateSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var owner = string.IsNullOrWhiteSpace(settings.Owner) ? Environment.UserName : settings.Owner;
        var issued = await store.CreateKeyAsync(owner, settings.ParsedRole, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(console, new { id = issued.Key.Id, owner, role = settings.ParsedRole.ToString().ToLowerInvariant(), token = issued.Token });
            return 0;
        }
        console.MarkupLine($"Created key [bold]{issued.Key.Id}[/] for {Markup.Escape(owner)} ({settings.ParsedRole.ToString().ToLowerInvariant()}) in {Markup.Escape(settings.Location().Describe())}.");
        console.MarkupLine("Bearer token (shown once, store it now):");
        JsonOutput.WriteRaw(console, issued.Token);
        return 0;
    }
}
