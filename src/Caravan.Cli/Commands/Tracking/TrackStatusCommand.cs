using System.ComponentModel;
using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Questions.Contracts.Tracking;
using Caravan.Questions.Tracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan track status [ID]</c>: where each consignment (or one) stands on its plan, with its timeline.</summary>
public sealed class TrackStatusCommand(IAnsiConsole console) : AsyncCommand<TrackStatusCommand.Settings>
{
    /// <summary>Which consignment.</summary>
    public sealed class Settings : TrackSettings
    {
        /// <summary>A consignment id; every one when left out.</summary>
        [CommandArgument(0, "[ID]")]
        [Description("Consignment id (default: every consignment).")]
        public string? Id { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var desk = await settings.OpenTracking(store).LoadAsync(cancellationToken: cancellationToken);
        var chosen = desk.Consignments.Where(c => settings.Id is null || c.Id == settings.Id).OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
        if (settings.Id is not null && chosen.Length == 0)
            throw new CaravanException($"no consignment '{settings.Id}'{Caravan.Core.Data.Suggestions.DidYouMean(settings.Id, desk.Consignments.Select(c => c.Id))}");
        var answer = new StatusAnswer(DateTimeOffset.UtcNow, chosen.Select(c => TrackingAnswers.View(desk.Status(c), desk.EventsOf(c))).ToArray());
        if (settings.Json)
        {
            JsonOutput.Write(console, answer);
            return 0;
        }
        var table = new Table().AddColumns("consignment", "commodity", "state", "node", "since (UTC)", "promise (UTC)", "deviations", "events");
        foreach (var c in answer.Consignments)
            table.AddRow(Markup.Escape(c.Id), c.Commodity, c.State, Markup.Escape(c.Node), Utc(c.Since), Utc(c.Promise),
                c.Deviations.Count.ToString(CultureInfo.InvariantCulture), c.Timeline.Count.ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var c in answer.Consignments.Where(c => settings.Id is not null))
        {
            console.MarkupLine($"plan: {Markup.Escape(string.Join(" → ", c.Plan))}");
            foreach (var e in c.Timeline)
                console.MarkupLine($"  {Utc(e.Time)}  {e.Classifier,-9} {e.Milestone,-15} {Markup.Escape(e.Node ?? e.Locode ?? "(off network)")}  {Markup.Escape(e.EventId)}");
        }
        return 0;
    }

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
