using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Risk;
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
            foreach (var problem in input.Problems)
                JsonOutput.WriteRaw(console, problem.ToString());
            throw new CaravanException($"{input.Problems.Count} problem(s) in {path}");
        }
        var (minerals, _) = settings.LoadMinerals();
        var datasetCountries = settings.Data is not null && DatasetReader.LoadFolder(settings.Data).Dataset is { } d ? d.Countries : [];
        var results = input.Evaluate(new Governance(datasetCountries, minerals.Governance));
        var shape = input.IsStageLevel ? "stage-level" : "full";
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                input = path,
                shape,
                materials = results.Select(r => new
                {
                    material = r.Verdict.Material,
                    srE = r.Verdict.Extraction?.Low,
                    srP = r.Verdict.Processing?.Low,
                    sr = r.Verdict.Sr,
                    srLow = r.Verdict.SrLow,
                    srHigh = r.Verdict.SrHigh,
                    bottleneck = r.Verdict.Bottleneck is { } b ? SnakeCase.Name(b) : null,
                    ei = r.Verdict.Ei,
                    critical = r.Verdict.Critical,
                    stages = new[] { r.Extraction, r.Processing }.Where(s => s is not null).Select(s => RiskJson.Stage(s!)).ToArray(),
                    published = r.Published is { } p ? new
                    {
                        sr = p.PublishedSr,
                        stage = p.PublishedStage is { } ps ? SnakeCase.Name(ps) : null,
                        critical = p.PublishedCritical,
                        reproduced = r.ReproducesPublished,
                    } : null,
                }).ToArray(),
            });
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
