using System.ComponentModel;
using Caravan.Core.Data;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options every command has: which dataset, and how to print.</summary>
public class CaravanSettings : CommandSettings
{
    /// <summary>A dataset folder to use instead of the built-in Eurasia dataset.</summary>
    [CommandOption("--data <DIR>")]
    [Description("Dataset folder to use instead of the built-in Eurasia dataset.")]
    public string? Data { get; init; }

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <summary>True when JSON output was asked for.</summary>
    public bool Json => Format.Equals("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The formats this command accepts; subclasses add more (geojson).</summary>
    protected virtual IReadOnlyList<string> Formats => ["table", "json"];

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        Formats.Contains(Format.ToLowerInvariant())
            ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error($"--format must be one of {string.Join(", ", Formats)}; got '{Format}'");

    /// <summary>Where the chosen dataset's files come from.</summary>
    public IDatasetSource DatasetSource() => Data is null ? new BuiltInSource() : new FolderSource(Data);

    /// <summary>Loads the chosen dataset, or throws a user error listing its problems.</summary>
    public Dataset LoadDataset()
    {
        if (Data is null)
            return DatasetReader.BuiltIn();
        var result = DatasetReader.LoadFolder(Data);
        if (result.Dataset is null)
            throw new CaravanException(
                $"dataset '{Data}' has {result.Problems.Count} problem(s); run 'caravan data validate --data {Data}':\n"
                + string.Join('\n', result.Problems.Take(20)));
        return result.Dataset;
    }
}
