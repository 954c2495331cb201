using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Questions.Risk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan risk whatif</c>: change an importer's sourcing and see HHI, SR and supply move.</summary>
public sealed class RiskWhatIfCommand(IAnsiConsole console) : Command<RiskWhatIfSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RiskWhatIfSettings settings, CancellationToken cancellationToken)
    {
        var (minerals, note) = settings.LoadMinerals();
        var (dataset, networkNote) = RiskCommand.LoadNetwork(settings);
        var question = Ask.Question(WhatIfQuestion.Parse(settings.WhatIfFields(), minerals, dataset, RiskSettings.Today), "Invalid what-if", settings);
        var result = question.Result;
        var (mineral, importer, changes) = (result.Mineral, result.Importer, result.Changes);
        var before = result.Before!.SourcedStage!;
        var after = result.After!.SourcedStage!;
        var corridor = question.CorridorAfter();
        if (settings.Json)
        {
            JsonOutput.Write(console, question.Answer(corridor, new[] { note, networkNote }.OfType<string>().ToArray()));
            return 0;
        }
        var unit = result.BaselineMix!.ByShare ? "share" : "t/yr";
        console.MarkupLine($"[bold]What if[/] {Markup.Escape(string.Join(", ", changes))} — {Markup.Escape(importer)}'s {Markup.Escape(mineral)} ({Core.Network.SnakeCase.Name(before.Stage)})");
        if (result.ShortfallShare > 0)
            console.MarkupLine($"[bold red]shortfall:[/] {RiskText.Percent(result.ShortfallShare)} of today's supply goes unmet; SR with the shortfall counted {RiskText.Number(result.SrAfterWithShortfall)} (the mix alone: {RiskText.Number(result.SrAfter)})");
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
        table.AddRow("SR with the shortfall counted", RiskText.Sr(before.Importer?.SrLow, before.Importer?.SrHigh),
            RiskText.Number(result.SrAfterWithShortfall), RiskText.Number(result.SrAfterWithShortfall - result.SrBefore, "+0.000;-0.000;0.000"));
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
}
