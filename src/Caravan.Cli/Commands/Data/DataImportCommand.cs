using System.ComponentModel;
using Caravan.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan data import</c>: a GeoJSON network plus the other tables of a dataset, validated, written as CSV.</summary>
public sealed class DataImportCommand(IAnsiConsole console) : Command<DataImportCommand.Settings>
{
    /// <summary>What to read and where to write.</summary>
    public sealed class Settings : CaravanSettings
    {
        /// <summary>The GeoJSON network.</summary>
        [CommandOption("--geojson <FILE>")]
        [Description("GeoJSON network to import (as written by 'data export --geojson').")]
        public string GeoJson { get; init; } = "";

        /// <summary>Folder for the complete dataset.</summary>
        [CommandOption("--out <DIR>")]
        [Description("Folder to write the complete dataset into.")]
        public string Out { get; init; } = "";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            GeoJson.Length == 0 || Out.Length == 0
                ? ValidationResult.Error("give --geojson FILE and --out DIR")
                : base.Validate();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.GeoJson))
            throw new CaravanException($"{settings.GeoJson}: file not found");
        var rest = settings.DatasetSource();
        string text;
        try
        {
            text = InputLimits.Default.ReadAllText(settings.GeoJson);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CaravanException($"{settings.GeoJson}: cannot read: {e.Message}");
        }
        var result = GeoJsonNetwork.Import(text, settings.GeoJson, rest);
        if (result.Dataset is null)
        {
            // Nothing is written unless the whole dataset is valid.
            throw new CaravanException($"{result.Problems.Count} problem(s); nothing written:\n{string.Join('\n', result.Problems)}");
        }
        DatasetWriter.Write(result.Dataset, settings.Out);
        DatasetWriter.CopyCompanions(rest, settings.Out);
        console.MarkupLine($"imported {result.Dataset.Nodes.Count} nodes and {result.Dataset.Links.Count} links into [blue]{Markup.Escape(settings.Out)}[/]; the dataset validates clean");
        return 0;
    }
}
