using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Risk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan risk</c>: per mineral, HHI and top producers, SR for world supply and the importer's sourcing,
/// EI, the critical verdict, restrictions in force and the corridor exposure of the importer's supply.
/// </summary>
public sealed class RiskCommand(IAnsiConsole console) : Command<RiskSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RiskSettings settings, CancellationToken cancellationToken)
    {
        var (minerals, note) = settings.LoadMinerals();
        var selected = settings.SelectMinerals(minerals);
        var (dataset, networkNote) = LoadNetwork(settings);
        var importer = settings.ImporterCode;
        var options = new RiskOptions { AsOf = settings.AsOfDate, Year = settings.Year };
        var assessment = RiskAssessment.For(dataset, minerals, options);
        var corridor = dataset is not null && importer is not null ? new CorridorExposure(dataset, assessment.Governance, new PlannedRouteRisk()) : null;
        var results = selected.Select(m => (Risk: assessment.Assess(m, importer), Corridor: corridor is null ? null : Corridor(corridor, assessment, m, importer!))).ToList();

        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                asOf = options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                importer,
                minerals = results.Select(r => RiskReportJson.Mineral(r.Risk, r.Corridor)).ToArray(),
                notes = new[] { note, networkNote }.Where(n => n is not null).ToArray(),
            });
            return 0;
        }
        RiskReportTables.Summary(console, results, importer);
        if (selected.Count == 1)
            RiskReportTables.Details(console, results[0].Risk, results[0].Corridor, assessment.Governance);
        console.MarkupLine($"[grey]{Markup.Escape(note)}; restrictions as of {options.AsOf:yyyy-MM-dd}{(networkNote is null ? "" : "; " + Markup.Escape(networkNote))}[/]");
        return 0;
    }

    /// <summary>The dataset for governance and corridors; without one (built-in network missing) the method still runs.</summary>
    internal static (Dataset? Dataset, string? Note) LoadNetwork(RiskSettings settings)
    {
        if (settings.Data is not null)
            return (settings.LoadDataset(), null);
        try
        {
            return (DatasetReader.BuiltIn(), null);
        }
        catch (InvalidOperationException)
        {
            // The method needs no network; only corridor exposure does, and it says so.
            return (null, "built-in network unavailable: corridor exposure skipped");
        }
    }

    private static CorridorReport Corridor(CorridorExposure corridor, RiskAssessment assessment, string mineral, string importer)
    {
        var risk = assessment.Assess(mineral, importer);
        var stage = risk.SourcedStage ?? risk.Stages.FirstOrDefault(s => s.Stage == risk.Global.Bottleneck) ?? risk.Stages.FirstOrDefault(s => s.Production is not null);
        var shares = stage?.Sourcing?.Concentration ?? stage?.Production;
        if (stage is null || shares is null)
            return new CorridorReport(mineral, importer, [], [], 0, null, "no production or sourcing shares");
        return corridor.Analyse(mineral, importer, shares.Shares.Select(s => (s.Country, s.Share)).ToArray(),
            origin => assessment.TradeParameter(mineral, stage.Stage, origin, HhiScope.Global, importer));
    }
}
