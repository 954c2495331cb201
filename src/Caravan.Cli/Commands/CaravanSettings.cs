using System.ComponentModel;
using Caravan.Core.Data;
using Caravan.Core.Risk;
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

    /// <summary>
    /// The minerals tables: the dataset folder's <c>minerals/</c> when it has one, else the built-in tables
    /// (the note says which). Invalid tables are a user error listing every problem as file:line:column.
    /// </summary>
    public (MineralsData Minerals, string Note) LoadMinerals()
    {
        if (Data is not null && !Directory.Exists(Data))
            throw new CaravanException($"dataset folder '{Data}' not found");
        var result = MineralsReader.LoadOrBuiltIn(DatasetSource());
        if (result.Data is null)
            throw new CaravanException($"minerals tables in '{Data}' have {result.Problems.Count} problem(s):\n" + string.Join('\n', result.Problems.Take(20)));
        var note = Data is null ? "built-in minerals tables"
            : result.Found ? $"minerals tables from {Path.Combine(Data, "minerals")}"
            : $"'{Data}' has no minerals/production.csv: built-in minerals tables used";
        return (result.Data, note);
    }
}
