using System.ComponentModel;
using Caravan.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan data export</c>: the dataset as CSV tables, or the network as GeoJSON.</summary>
public sealed class DataExportCommand(IAnsiConsole console) : Command<DataExportCommand.Settings>
{
    /// <summary>Where to write.</summary>
    public sealed class Settings : CaravanSettings
    {
        /// <summary>Folder for the CSV tables.</summary>
        [CommandOption("--out <DIR>")]
        [Description("Folder to write the CSV tables and SOURCES.md into.")]
        public string? Out { get; init; }

        /// <summary>File for the GeoJSON network.</summary>
        [CommandOption("--geojson <FILE>")]
        [Description("File to write the network to as GeoJSON (RFC 7946).")]
        public string? GeoJson { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Out is null && GeoJson is null
                ? ValidationResult.Error("give --out DIR (CSV tables) or --geojson FILE (network)")
                : base.Validate();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        try
        {
            if (settings.Out is not null)
            {
                DatasetWriter.Write(dataset, settings.Out);
                var companions = DatasetWriter.CopyCompanions(settings.DatasetSource(), settings.Out);
                console.MarkupLine($"wrote {dataset.Nodes.Count} nodes, {dataset.Links.Count} links, the other tables and {companions} companion file(s) to [blue]{Markup.Escape(settings.Out)}[/]");
            }
            if (settings.GeoJson is not null)
            {
                var temporary = settings.GeoJson + ".tmp";
                File.WriteAllText(temporary, GeoJsonNetwork.Export(dataset));
                File.Move(temporary, settings.GeoJson, overwrite: true);
                console.MarkupLine($"wrote the network ({dataset.Nodes.Count} points, {dataset.Links.Count} lines) to [blue]{Markup.Escape(settings.GeoJson)}[/]");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CaravanException($"cannot write: {e.Message}");
        }
        return 0;
    }
}
