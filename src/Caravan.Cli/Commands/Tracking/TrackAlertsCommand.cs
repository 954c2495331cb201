using System.ComponentModel;
using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Questions.Contracts.Tracking;
using Caravan.Questions.Tracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan track alerts [ID]</c>: checks the alert rules now, stores what is new, and lists every alert raised.</summary>
public sealed class TrackAlertsCommand(IAnsiConsole console) : AsyncCommand<TrackAlertsCommand.Settings>
{
    /// <summary>Which consignment.</summary>
    public sealed class Settings : TrackSettings
    {
        /// <summary>A consignment id; every one when left out.</summary>
        [CommandArgument(0, "[ID]")]
        [Description("Consignment id (default: every consignment).")]
        public string? Id { get; init; }

        /// <summary>Replications of the forecasts behind at-risk and late.</summary>
        [CommandOption("--runs <N>")]
        [Description("Replications of each forecast (10 to 100,000; default 1,000).")]
        [DefaultValue(1000)]
        public int Runs { get; init; } = 1000;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Runs is < 10 or > 100_000 ? ValidationResult.Error($"--runs is between 10 and 100,000; got {Runs}") : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var (desk, raised) = await settings.OpenTracking(store).CheckAlertsAsync(settings.Id, settings.Runs, 1, cancellationToken);
        if (settings.Id is not null && desk.Find(settings.Id) is null)
            throw new CaravanException($"no consignment '{settings.Id}'{Caravan.Core.Data.Suggestions.DidYouMean(settings.Id, desk.Consignments.Select(c => c.Id))}");
        var all = desk.Alerts.Raised.Where(a => settings.Id is null || a.Consignment == settings.Id).Select(TrackingAnswers.View).ToArray();
        var answer = new AlertsAnswer(DateTimeOffset.UtcNow, raised.Select(TrackingAnswers.View).ToArray(), all);
        if (settings.Json)
        {
            JsonOutput.Write(console, answer);
            return 0;
        }
        var table = new Table().AddColumns("raised (UTC)", "consignment", "alert", "subject", "reason");
        foreach (var a in answer.Alerts)
            table.AddRow(a.RaisedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(a.Consignment), a.Kind,
                Markup.Escape(a.Subject), Markup.Escape(a.Reason));
        console.Write(table);
        console.MarkupLine($"{answer.Raised.Count} new alert(s)");
        return 0;
    }
}
