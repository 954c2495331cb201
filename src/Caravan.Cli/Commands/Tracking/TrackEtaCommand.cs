using System.ComponentModel;
using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Questions.Tracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan track eta ID</c>: P10/P50/P90 arrival from a Monte Carlo of the rest of the journey, the chance of meeting the promise, calibrated when enough have closed.</summary>
public sealed class TrackEtaCommand(IAnsiConsole console) : AsyncCommand<TrackEtaCommand.Settings>
{
    /// <summary>Which consignment, and the Monte Carlo's size and seed.</summary>
    public sealed class Settings : TrackSettings
    {
        /// <summary>The consignment.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("Consignment id.")]
        public string Id { get; init; } = "";

        /// <summary>Replications.</summary>
        [CommandOption("--runs <N>")]
        [Description("Replications of the remaining journey (10 to 100,000; default 1,000).")]
        [DefaultValue(1000)]
        public int Runs { get; init; } = 1000;

        /// <summary>Seed.</summary>
        [CommandOption("--seed <SEED>")]
        [Description("Seed of the random streams (default 1).")]
        [DefaultValue(1UL)]
        public ulong Seed { get; init; } = 1;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Runs is < 10 or > 100_000 ? ValidationResult.Error($"--runs is between 10 and 100,000; got {Runs}") : base.Validate();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var desk = await settings.OpenTracking(store).LoadAsync(settings.Runs, settings.Seed, cancellationToken);
        var consignment = desk.Find(settings.Id)
            ?? throw new CaravanException($"no consignment '{settings.Id}'{Caravan.Core.Data.Suggestions.DidYouMean(settings.Id, desk.Consignments.Select(c => c.Id))}");
        var answer = TrackingAnswers.Eta(consignment, desk.Eta(consignment, cancellationToken));
        if (settings.Json)
        {
            JsonOutput.Write(console, answer);
            return 0;
        }
        var table = new Table().AddColumns("consignment", "P10 (UTC)", "P50 (UTC)", "P90 (UTC)", "promise (UTC)", "P(on time)", "calibrated P10–P90", "carrier EST");
        table.AddRow(Markup.Escape(answer.Consignment), Utc(answer.P10), Utc(answer.P50), Utc(answer.P90), Utc(answer.Promise),
            answer.OnTimeProbability.ToString("P0", CultureInfo.InvariantCulture),
            answer.Calibrated ? $"{Utc(answer.CalibratedP10!.Value)} – {Utc(answer.CalibratedP90!.Value)}" : $"uncalibrated ({answer.CalibrationSize} closed, 20 needed)",
            answer.CarrierEstimate is { } est ? Utc(est) : "");
        console.Write(table);
        console.MarkupLine($"scenario {Markup.Escape(answer.Scenario)}; {answer.Replications} replications, seed {answer.Seed}");
        return 0;
    }

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
