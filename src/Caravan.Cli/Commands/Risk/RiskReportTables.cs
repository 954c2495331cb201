using System.Globalization;
using Caravan.Core.Network;
using Caravan.Core.Risk;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>The tables of <c>caravan risk</c>.</summary>
internal static class RiskReportTables
{
    public static void Summary(IAnsiConsole console, IReadOnlyList<(MineralRisk Risk, CorridorReport? Corridor)> results, string? importer)
    {
        var table = new Table().Title("Supply risk (EU CRM method; world production shares)")
            .AddColumns("mineral", "stage, year", "HHI", "top producers", "SR world");
        if (importer is not null)
            table.AddColumn($"SR {Markup.Escape(importer)}");
        table.AddColumns("EI", "critical");
        if (importer is not null)
            table.AddColumn($"corridor ({Markup.Escape(importer)})");
        foreach (var (risk, corridor) in results)
        {
            var stage = risk.Stages.FirstOrDefault(s => s.Stage == risk.Global.Bottleneck) ?? risk.Stages.FirstOrDefault(s => s.Production is not null);
            var cells = new List<string>
            {
                Markup.Escape(risk.Mineral),
                stage?.Production is null ? "no data" : $"{SnakeCase.Name(stage.Stage)}, {stage.Year}",
                stage?.Production is { } p ? p.HhiPoints.ToString("0", CultureInfo.InvariantCulture) : "no data",
                stage?.Production is { } q ? Markup.Escape(Top(q)) : "no data",
                SrCell(risk.Global, risk.Stages.Select(s => s.Global)),
            };
            if (importer is not null)
                cells.Add(risk.ImporterVerdict is { } iv ? SrCell(iv, risk.Stages.Select(s => s.Importer ?? s.Global)) : "no sourcing data");
            cells.Add(RiskText.Number(risk.Ei, "0.0"));
            cells.Add(RiskText.Verdict((risk.ImporterVerdict ?? risk.Global).Critical));
            if (importer is not null)
                cells.Add(Markup.Escape(CorridorCell(corridor)));
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    public static void Details(IAnsiConsole console, MineralRisk risk, CorridorReport? corridor, Governance governance)
    {
        foreach (var stage in risk.Stages)
        {
            var title = $"{risk.Mineral}, {SnakeCase.Name(stage.Stage)}: {(stage.Production is null ? "no production data" : $"{stage.Edition}, {stage.Year}, {stage.Unit}")}";
            var terms = new Table().Title(Markup.Escape(title)).AddColumns("country", "share", "WGI (0–10)", "t", "share²·WGI·t");
            foreach (var term in stage.Global.Global?.Terms ?? [])
                terms.AddRow(Markup.Escape($"{term.Country} {governance.Name(term.Country)}"), RiskText.Percent(term.Share),
                    RiskText.Number(term.WgiScaled), RiskText.Number(term.TradeParameter, "0.0##"), RiskText.Number(term.Value, "0.000"));
            if (stage.Production is { UnattributedShare: > 0 } p)
                terms.AddRow("other (not itemised)", RiskText.Percent(p.UnattributedShare), "–", "–", "not in the index");
            console.Write(terms);
            var g = stage.Global;
            console.MarkupLine(g.HasData
                ? $"SR world = HHI_WGI,t {RiskText.Sr(g.Global?.Low, g.Global?.High)} × (1 − EoL-RIR {RiskText.Number(g.EolRir)}) × SI_SR {RiskText.Number(g.SiSr)} = [bold]{RiskText.Sr(g.SrLow, g.SrHigh)}[/]"
                : $"SR world: [yellow]no data[/] ({Markup.Escape(g.NoDataReason ?? "")}); HHI_WGI,t {RiskText.Sr(g.Global?.Low, g.Global?.High)}");
            if (g.Global is { Complete: false } h)
                console.MarkupLine($"[yellow]WGI missing for {Markup.Escape(string.Join(", ", h.MissingWgi))} ({RiskText.Percent(h.MissingShare)} of supply): SR is a range, with those countries at best (0) and worst (10) governance.[/]");
            if (stage.Importer is { } i && stage.Sourcing is { } mix)
            {
                console.MarkupLine($"SR {Markup.Escape(risk.Importer!)} = [[HHI_GS {RiskText.Sr(i.Global?.Low, i.Global?.High)} × IR/2 + HHI_sourcing {RiskText.Sr(i.Sourcing?.Low, i.Sourcing?.High)} × (1 − IR/2)]] × (1 − EoL-RIR) × SI_SR, IR {RiskText.Number(i.ImportReliance)}{(mix.ImportRelianceAssumed ? " (assumed: imports-only data)" : "")} = [bold]{RiskText.Sr(i.SrLow, i.SrHigh)}[/]{(i.NoDataReason is { } why ? $" (no data: {Markup.Escape(why)})" : "")}");
                console.MarkupLine($"{Markup.Escape(risk.Importer!)} sourcing ({Markup.Escape(mix.Basis)}): {Markup.Escape(string.Join(", ", mix.Concentration!.Shares.Select(s => $"{s.Country} {RiskText.Percent(s.Share)}")))}");
            }
        }
        if (risk.Published is { } pub)
            console.MarkupLine($"EU 2023 published ({Markup.Escape(risk.EuMaterial ?? "")}): SR {RiskText.Number(pub.PublishedSr, "0.0")} at {(pub.PublishedStage is { } ps ? SnakeCase.Name(ps) : "?")}, EI {RiskText.Number(pub.Ei, "0.0")}, critical {RiskText.Verdict(pub.PublishedCritical)}");
        foreach (var (restriction, status) in risk.Restrictions)
            console.MarkupLine($"Restriction: {Markup.Escape(restriction.Country)} {SnakeCase.Name(restriction.Measure)}{(restriction.Importer.Length > 0 ? $" to {Markup.Escape(restriction.Importer)}" : "")} from {restriction.Effective:yyyy-MM-dd}: {Markup.Escape(status)}{(restriction.TradeParameterValue is { } t ? $" (t = {t.ToString(CultureInfo.InvariantCulture)})" : "")}");
        if (corridor is not null)
            Corridor(console, corridor);
    }

    public static void Corridor(IAnsiConsole console, CorridorReport corridor)
    {
        if (corridor.NoData is { } none)
        {
            console.MarkupLine($"Corridor exposure: [yellow]no data[/] ({Markup.Escape(none)})");
            return;
        }
        var origins = new Table().Title($"Corridor exposure of {Markup.Escape(corridor.Importer)}'s {Markup.Escape(corridor.Mineral)}")
            .AddColumns("origin", "share", "status", "all routes depend on", "route risk", "combined (0–10)", "drivers");
        foreach (var o in corridor.Origins)
            origins.AddRow(Markup.Escape(o.Origin), RiskText.Percent(o.Share), SnakeCase.Name(o.Status),
                Markup.Escape(string.Join(", ", o.CountryDependencies.Concat(o.ChokepointDependencies)) is { Length: > 0 } d ? d : "–"),
                RiskText.Number(o.Route?.Score), RiskText.Number(o.Combined), Markup.Escape(string.Join("; ", o.Drivers)));
        console.Write(origins);
    }

    public static void Comparison(IAnsiConsole console, PublishedComparison c)
    {
        var table = new Table().Title("Our SR (world shares, WGI from the dataset, EU 2023 trade parameters) vs published EU 2023 SR")
            .AddColumns("mineral", "EU material", "our SR", "our stage", "published SR", "published stage", "our verdict", "published verdict");
        foreach (var r in c.Rows)
            table.AddRow(Markup.Escape(r.Mineral), Markup.Escape(r.EuMaterial), r.OurSr is null ? $"no data ({Markup.Escape(r.NoData ?? "")})" : RiskText.Number(r.OurSr),
                r.OurStage is { } s ? SnakeCase.Name(s) : "–", RiskText.Number(r.PublishedSr, "0.0"), r.PublishedStage is { } ps ? SnakeCase.Name(ps) : "–",
                RiskText.Verdict(r.OurCritical), RiskText.Verdict(r.PublishedCritical));
        console.Write(table);
        console.MarkupLine($"Spearman rank correlation {RiskText.Number(c.Spearman, "0.00")} over {c.Pairs} minerals; verdicts agree for {c.Agreements} of {c.Classified}.");
    }

    private static string SrCell(Criticality verdict, IEnumerable<StageRisk> stages)
    {
        if (verdict.SrLow is null)
        {
            // Name the reason of the stages that have shares; a stage without any data only adds noise.
            var list = stages.ToList();
            var withShares = list.Where(s => s.Global is not null || s.Sourcing is not null).ToList();
            var reasons = (withShares.Count > 0 ? withShares : list).Select(s => s.NoDataReason).Where(r => r is not null).Distinct();
            return $"no data ({Markup.Escape(string.Join("; ", reasons))})";
        }
        return RiskText.Sr(verdict.SrLow, verdict.SrHigh);
    }

    private static string Top(Concentration c) =>
        string.Join(", ", c.Shares.Where(s => !Concentration.IsUnattributed(s.Country)).Take(3).Select(s => $"{s.Country} {RiskText.Percent(s.Share)}"));

    private static string CorridorCell(CorridorReport? c)
    {
        if (c is null)
            return "no network";
        if (c.NoData is not null)
            return "no data";
        var top = c.Dependencies.Count > 0 ? c.Dependencies[0] : null;
        var combined = c.WeightedCombined is { } w ? $"{w.ToString("0.0", CultureInfo.InvariantCulture)}/10 over {RiskText.Percent(c.CoveredShare)}" : "no data";
        return top is null ? combined : $"{combined}; {RiskText.Percent(top.Share)} via {top.Id}";
    }
}
