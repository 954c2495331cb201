using Caravan.Cli.Output;
using Caravan.Core.Risk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan risk whatif</c>: change an importer's sourcing and see HHI, SR and supply move.</summary>
public sealed class RiskWhatIfCommand(IAnsiConsole console) : Command<RiskWhatIfSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RiskWhatIfSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ImporterCode is not { } importer)
            throw new CaravanException("--importer is required (e.g. --importer JP)");
        if (settings.Mineral is null)
            throw new CaravanException("--mineral is required (e.g. --mineral gallium)");
        var changes = new List<SourcingChange>();
        void Parse(SourcingChangeKind kind, IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                var (change, error) = SourcingChange.Parse(kind, text);
                changes.Add(change ?? throw new CaravanException(error!));
            }
        }
        Parse(SourcingChangeKind.Ban, settings.Ban);
        Parse(SourcingChangeKind.Remove, settings.RemoveSource);
        Parse(SourcingChangeKind.Set, settings.SetShare);
        Parse(SourcingChangeKind.Add, settings.AddSource);
        if (changes.Count == 0)
            throw new CaravanException("give at least one change: --add-source, --remove-source, --ban or --set-share");

        var (minerals, note) = settings.LoadMinerals();
        var mineral = settings.SelectMinerals(minerals)[0];
        var (dataset, networkNote) = RiskCommand.LoadNetwork(settings);
        var assessment = RiskAssessment.For(dataset, minerals, new RiskOptions { AsOf = settings.AsOfDate, Year = settings.Year });
        var result = assessment.WhatIf(mineral, importer, changes);
        if (result.Error is not null)
            throw new CaravanException(result.Error);
        var before = result.Before!.SourcedStage!;
        var after = result.After!.SourcedStage!;
        // Corridor exposure of the new mix: does the added source travel a safer or riskier corridor?
        var corridor = dataset is null || result.Mix!.Concentration is not { } afterShares ? null
            : new CorridorExposure(dataset, assessment.Governance, new PlannedRouteRisk()).Analyse(mineral, importer,
                afterShares.Shares.Select(s => (s.Country, s.Share)).ToArray(),
                origin => assessment.TradeParameter(mineral, after.Stage, origin, HhiScope.Global, importer));
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                mineral,
                importer,
                asOf = settings.AsOfDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                changes = changes.Select(c => c.ToString()).ToArray(),
                byShare = result.BaselineMix!.ByShare,
                before = Side(before, result.BaselineMix!),
                after = Side(after, result.Mix!),
                deltaHhi = result.HhiAfter - result.HhiBefore,
                deltaSr = result.SrAfter - result.SrBefore,
                remainingShare = result.RemainingShare,
                totalShare = result.TotalShare,
                corridorAfter = corridor is null ? null : new
                {
                    weightedCombined = corridor.WeightedCombined,
                    coveredShare = corridor.CoveredShare,
                    origins = corridor.Origins.Select(o => new
                    {
                        origin = o.Origin,
                        share = o.Share,
                        status = Core.Network.SnakeCase.Name(o.Status),
                        dependencies = o.CountryDependencies.Concat(o.ChokepointDependencies).ToArray(),
                        routeRisk = o.Route?.Score,
                        combined = o.Combined,
                        drivers = o.Drivers,
                    }).ToArray(),
                },
                notes = new[] { note, networkNote }.Where(n => n is not null).ToArray(),
            });
            return 0;
        }
        var unit = result.BaselineMix!.ByShare ? "share" : "t/yr";
        console.MarkupLine($"[bold]What if[/] {Markup.Escape(string.Join(", ", changes))} — {Markup.Escape(importer)}'s {Markup.Escape(mineral)} ({Core.Network.SnakeCase.Name(before.Stage)})");
        var mix = new Table().Title("Sourcing").AddColumns("origin", $"before ({unit})", "share", $"after ({unit})", "share");
        var origins = result.BaselineMix.Origins.Select(o => o.Origin).Concat(result.Mix!.Origins.Select(o => o.Origin)).Distinct(StringComparer.OrdinalIgnoreCase);
        var b = result.BaselineMix.Concentration!;
        var a = result.Mix.Concentration;
        foreach (var origin in origins)
        {
            var amountBefore = result.BaselineMix.Origins.Where(o => o.Origin == origin).Sum(o => o.Amount);
            var amountAfter = result.Mix.Origins.Where(o => o.Origin == origin).Sum(o => o.Amount);
            mix.AddRow(Markup.Escape(origin), RiskText.Number(amountBefore, "0.###"), RiskText.Percent(b.ShareOf(origin)),
                RiskText.Number(amountAfter, "0.###"), a is null ? "–" : RiskText.Percent(a.ShareOf(origin)));
        }
        console.Write(mix);
        var table = new Table().Title("Risk").AddColumns("measure", "before", "after", "change");
        table.AddRow("HHI of sourcing (0–10,000)", RiskText.Number(b.HhiPoints, "0"), RiskText.Number(a?.HhiPoints, "0"),
            RiskText.Number(a is null ? null : a.HhiPoints - b.HhiPoints, "+0;-0;0"));
        table.AddRow("HHI_WGI,t of sourcing", RiskText.Number(before.Importer?.Sourcing?.Low), RiskText.Number(after.Importer?.Sourcing?.Low),
            RiskText.Number(after.Importer?.Sourcing?.Low - before.Importer?.Sourcing?.Low, "+0.00;-0.00;0.00"));
        table.AddRow("HHI_WGI,t of world supply", RiskText.Number(before.Global.Global?.Low), RiskText.Number(after.Global.Global?.Low),
            RiskText.Number(after.Global.Global?.Low - before.Global.Global?.Low, "+0.00;-0.00;0.00"));
        table.AddRow("import reliance", RiskText.Number(result.BaselineMix.ImportReliance), RiskText.Number(result.Mix.ImportReliance), "");
        table.AddRow($"SR ({Markup.Escape(importer)} sourcing)", RiskText.Sr(before.Importer?.SrLow, before.Importer?.SrHigh),
            RiskText.Sr(after.Importer?.SrLow, after.Importer?.SrHigh), RiskText.Number(result.SrAfter - result.SrBefore, "+0.000;-0.000;0.000"));
        table.AddRow("supply vs today", "100%", RiskText.Percent(result.TotalShare), "");
        table.AddRow("today's supply still flowing", "100%", RiskText.Percent(result.RemainingShare), "");
        console.Write(table);
        if (before.Importer?.NoDataReason is { } why)
            console.MarkupLine($"SR: no data ({Markup.Escape(why)}).");
        if (result.BaselineMix.ImportRelianceAssumed)
            console.MarkupLine("Import reliance assumed 1: the sourcing data cover imports only.");
        if (corridor is not null)
            RiskReportTables.Corridor(console, corridor);
        console.MarkupLine($"[grey]{Markup.Escape(note)}{(networkNote is null ? "" : "; " + Markup.Escape(networkNote))}[/]");
        return 0;
    }

    private static object Side(StageAssessment stage, SourcingMix mix) => new
    {
        origins = mix.Origins.Select(o => new { origin = o.Origin, amount = o.Amount, share = mix.Concentration?.ShareOf(o.Origin) ?? 0 }).ToArray(),
        total = mix.Total,
        hhi = mix.Concentration?.Hhi,
        importReliance = mix.ImportReliance,
        importRelianceAssumed = mix.ImportRelianceAssumed,
        sr = stage.Importer?.Sr,
        srLow = stage.Importer?.SrLow,
        srHigh = stage.Importer?.SrHigh,
        noData = stage.Importer?.NoDataReason,
        hhiWgiSourcing = RiskJson.Hhi(stage.Importer?.Sourcing),
        hhiWgiGlobal = RiskJson.Hhi(stage.Global.Global),
    };
}
