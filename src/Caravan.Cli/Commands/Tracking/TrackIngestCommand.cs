using System.ComponentModel;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Tracking;
using Caravan.Questions.Tracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan track ingest FILE</c>: takes in an EPCIS 2.0, DCSA T&amp;T 2.2 or milestone file; prints the
/// accepted, rejected, duplicate and retracted counts, and each rejection located on standard error
/// (exit 1 when any was rejected).
/// </summary>
public sealed class TrackIngestCommand(IAnsiConsole console) : AsyncCommand<TrackIngestCommand.Settings>
{
    /// <summary>The events file.</summary>
    public sealed class Settings : TrackSettings
    {
        /// <summary>The file.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("EPCIS 2.0 JSON/JSON-LD, DCSA Track & Trace 2.2 JSON, or milestone CSV/JSON.")]
        public string File { get; init; } = "";

        /// <summary>The format, when not told by content.</summary>
        [CommandOption("--events <FORMAT>")]
        [Description("Event format: epcis, dcsa or milestone (default: told from the content).")]
        public string? Events { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Events is not null && !SnakeCase.TryParse<EventFormat>(Events, out _)
                ? ValidationResult.Error($"--events must be one of {string.Join(", ", SnakeCase.Names<EventFormat>())}; got '{Events}'")
                : base.Validate();
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
        EventFormat? format = settings.Events is null ? null : SnakeCase.TryParse<EventFormat>(settings.Events, out var f) ? f : null;
        using var store = settings.OpenStore();
        var (detected, result) = await settings.OpenTracking(store).IngestAsync(text, settings.File, format, cancellationToken);
        var answer = TrackingAnswers.Ingest(settings.File, detected, result);
        if (settings.Json)
            JsonOutput.Write(console, answer);
        else
            console.MarkupLine($"{Markup.Escape(answer.File)} ({answer.Format}): {answer.Accepted} accepted, {answer.Rejected} rejected, "
                + $"{answer.Duplicate} duplicate, {answer.Retracted} retracted");
        // The accepted events are stored; the rejections go to standard error, one located line each, and exit 1.
        if (answer.Rejected > 0)
            throw new CaravanException(string.Join('\n', result.Problems));
        return 0;
    }
}
