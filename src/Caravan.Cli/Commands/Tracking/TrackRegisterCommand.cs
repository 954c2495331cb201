using System.ComponentModel;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Questions.Tracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan track register FILE</c>: stores consignments (a JSON array) to track against their planned routes.</summary>
public sealed class TrackRegisterCommand(IAnsiConsole console) : AsyncCommand<TrackRegisterCommand.Settings>
{
    /// <summary>The consignments file.</summary>
    public sealed class Settings : TrackSettings
    {
        /// <summary>A JSON array of consignments.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("JSON array of consignments: id, commodity, route (node ids), departure, promise; optional scenario, references, sensorLimits.")]
        public string File { get; init; } = "";
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = InputLimits.Default.ReadAllText(settings.File);
        }
        catch (IOException e)
        {
            throw new CaravanException($"{settings.File}: {e.Message}");
        }
        var consignments = TrackingJson.ReadConsignments(text, settings.File, out var problems)
            ?? throw new CaravanException(string.Join('\n', problems));
        using var store = settings.OpenStore();
        var refused = await settings.OpenTracking(store).RegisterAsync(consignments, cancellationToken);
        if (refused.Count > 0)
            throw new CaravanException(string.Join('\n', refused.Select(r => $"{settings.File}: $[{r.Index}] ({consignments[r.Index].Id}): {r.Problem}")));
        if (settings.Json)
            JsonOutput.Write(console, new { registered = consignments.Select(c => c.Id) });
        else
            console.MarkupLine($"registered {consignments.Count} consignment(s): {Markup.Escape(string.Join(", ", consignments.Select(c => c.Id)))}");
        return 0;
    }
}
