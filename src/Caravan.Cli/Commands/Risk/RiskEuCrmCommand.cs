using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Risk;
using Caravan.Questions.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan risk eu-crm --input FILE</c>: the EU method on the user's own inputs, in either input shape.</summary>
public sealed class RiskEuCrmCommand(IAnsiConsole console) : Command<RiskEuCrmSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RiskEuCrmSettings settings, CancellationToken cancellationToken)
    {
        var path = settings.Input!;
        if (!File.Exists(path))
            throw new CaravanException($"input file '{path}' not found");
        EuCrmInput input;
        try
        {
            using var reader = new StreamReader(path);
            input = EuCrmInput.Read(reader, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CaravanException($"{path}: cannot read: {e.Message}");
        }
        if (input.Problems.Count > 0)
        {
            throw new CaravanException($"{input.Problems.Count} problem(s) in {path}:\n{string.Join('\n', input.Problems)}");
        }
        var (minerals, _) = settings.LoadMinerals();
        var datasetCountries = settings.Data is not null && DatasetReader.LoadFolder(settings.Data).Dataset is { } d ? d.Countries : [];
        var results = input.Evaluate(new Governance(datasetCountries, minerals.Governance));
        var shape = input.IsStageLevel ? "stage-level" : "full";
        if (settings.Json)
        {
            JsonOutput.Write(console, new EuCrmAnswer(path, shape, [.. results.Select(EuCrmMaterial.Of)]));
            return 0;
        }
        var table = new Table().Title($"EU CRM method on {Markup.Escape(path)} ({shape} input)")
            .AddColumns("material", "SR extraction", "SR processing", "SR", "bottleneck", "EI", "critical");
        var anyPublished = results.Any(r => r.Published is not null);
        if (anyPublished)
            table.AddColumn("published");
        foreach (var r in results)
        {
            var v = r.Verdict;
            var cells = new List<string>
            {
                Markup.Escape(v.Material), RiskText.Range(v.Extraction), RiskText.Range(v.Processing),
                RiskText.Sr(v.SrLow, v.SrHigh), v.Bottleneck is { } b ? SnakeCase.Name(b) : "no data",
                RiskText.Number(v.Ei), RiskText.Verdict(v.Critical),
            };
            if (anyPublished)
                cells.Add(r.ReproducesPublished switch { true => "[green]reproduced[/]", false => "[red]differs[/]", null => "" });
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        if (anyPublished)
        {
            var compared = results.Count(r => r.ReproducesPublished is not null);
            console.MarkupLine($"{results.Count(r => r.ReproducesPublished == true)} of {compared} published rows reproduced (SR, bottleneck stage, verdict).");
        }
        console.MarkupLine($"Critical when SR ≥ {EuCrmMethod.SupplyRiskThreshold:0.0} and EI ≥ {EuCrmMethod.EconomicImportanceThreshold:0.0}; SR is the higher of the two stages.");
        return 0;
    }
}
