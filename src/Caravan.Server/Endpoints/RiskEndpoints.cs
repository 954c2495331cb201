using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Risk;
using Caravan.Server.Access;
using Caravan.Server.Contracts;
using Caravan.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/risk</c>: supply risk per mineral (EU CRM method) for an importer, and the importer's what-if.</summary>
public static class RiskEndpoints
{
    /// <summary>Maps the risk resource.</summary>
    public static IEndpointRouteBuilder MapRisk(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/risk").WithTags("Risk").RequireAuthorization(Policies.Read);
        group.MapGet("/", Report).WithSummary("Supply risk per mineral, world and (with importer=) the importer's sourcing");
        group.MapGet("/whatif", WhatIf).WithSummary("Add (KZ:15 t/yr or KZ:10%), remove or ban sources of an importer's supply; HHI and SR before and after");
        return app;
    }

    private static Results<Ok<RiskReport>, ValidationProblem> Report(
        Dataset dataset, MineralsData minerals, TimeProvider clock, string? importer = null, string? mineral = null)
    {
        var errors = new FieldErrors();
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var code = Importer(importer, errors);
        var wanted = List(mineral);
        foreach (var m in wanted.Where(m => !minerals.Minerals.Contains(m, StringComparer.OrdinalIgnoreCase)))
            errors.Add("mineral", $"unknown mineral '{m}'{Suggestions.DidYouMean(m, minerals.Minerals)}");
        if (!errors.IsEmpty)
            return errors.ToProblem("Invalid risk question");
        var assessment = RiskAssessment.For(dataset, minerals, new RiskOptions { AsOf = asOf });
        var selected = wanted.Count == 0 ? minerals.Minerals : wanted.Select(w => minerals.Minerals.First(m => m.Equals(w, StringComparison.OrdinalIgnoreCase))).ToList();
        return TypedResults.Ok(new RiskReport(asOf, code, selected.Select(m => View(assessment.Assess(m, code))).ToList()));
    }

    private static Results<Ok<WhatIfView>, ValidationProblem> WhatIf(
        Dataset dataset, MineralsData minerals, TimeProvider clock,
        string? mineral = null, string? importer = null, string? add = null, string? remove = null, string? ban = null, string? set = null)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(mineral))
            errors.Add("mineral", "a mineral is required");
        else if (!minerals.Minerals.Contains(mineral, StringComparer.OrdinalIgnoreCase))
            errors.Add("mineral", $"unknown mineral '{mineral}'{Suggestions.DidYouMean(mineral, minerals.Minerals)}");
        var code = Importer(importer, errors);
        if (code is null && string.IsNullOrWhiteSpace(importer))
            errors.Add("importer", "an importer is required, e.g. JP");
        var changes = new List<SourcingChange>();
        foreach (var (field, kind, text) in new[] { ("ban", SourcingChangeKind.Ban, ban), ("remove", SourcingChangeKind.Remove, remove), ("set", SourcingChangeKind.Set, set), ("add", SourcingChangeKind.Add, add) })
        {
            foreach (var item in List(text))
            {
                var (change, error) = SourcingChange.Parse(kind, item);
                if (change is null)
                    errors.Add(field, error!);
                else
                    changes.Add(change);
            }
        }
        if (!errors.IsEmpty)
            return errors.ToProblem("Invalid what-if");
        var assessment = RiskAssessment.For(dataset, minerals, new RiskOptions { AsOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) });
        var name = minerals.Minerals.First(m => m.Equals(mineral, StringComparison.OrdinalIgnoreCase));
        var result = assessment.WhatIf(name, code!, changes);
        if (result.Error is not null)
            return errors.Add(changes.Count == 0 ? "importer" : "add", result.Error).ToProblem("What-if cannot run");
        return TypedResults.Ok(new WhatIfView(name, code!, changes.Select(c => c.ToString()).ToList(), result.HhiBefore, result.HhiAfter,
            result.SrBefore, result.SrAfter, result.RemainingShare, result.TotalShare,
            result.Mix?.Concentration?.Shares.Select(s => new ProducerShare(s.Country, s.Share)).ToList() ?? []));
    }

    private static MineralRiskView View(MineralRisk r)
    {
        var stage = r.Stages.FirstOrDefault(s => s.Stage == r.Global.Bottleneck) ?? r.Stages.FirstOrDefault(s => s.Production is not null);
        var top = stage?.Production?.Shares.OrderByDescending(s => s.Share).Take(5).Select(s => new ProducerShare(s.Country, s.Share)).ToList() ?? [];
        return new MineralRiskView(r.Mineral, r.HasData, r.Global.SrLow, r.Global.SrHigh, r.Global.Bottleneck is { } b ? SnakeCase.Name(b) : null,
            r.Global.Critical, r.Ei, r.ImporterVerdict?.SrLow, r.ImporterVerdict?.SrHigh, r.ImporterVerdict?.Critical, top,
            r.Restrictions.Select(x => new RestrictionView(x.Restriction.Country, SnakeCase.Name(x.Restriction.Measure), x.Status)).ToList());
    }

    private static string? Importer(string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var code = text.Trim().ToUpperInvariant();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            errors.Add("importer", $"'{text}': an ISO alpha-2 code (JP) or EU");
        return code;
    }

    private static List<string> List(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
