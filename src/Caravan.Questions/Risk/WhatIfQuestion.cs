using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Risk;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;

namespace Caravan.Questions.Risk;

/// <summary>An importer's what-if, read, checked and computed (it takes milliseconds): the mix before and after, and the assessment it came from.</summary>
/// <param name="Result">The what-if.</param>
/// <param name="Assessment">The assessment (governance, trade parameters).</param>
/// <param name="Network">The dataset whose routes corridor exposure plans; null leaves it out.</param>
/// <param name="AsOf">The as-of date.</param>
public sealed record WhatIfQuestion(WhatIfResult Result, RiskAssessment Assessment, Dataset? Network, DateOnly AsOf)
{
    /// <summary>Reads <paramref name="fields"/> and runs the what-if; every problem, each on its field.</summary>
    public static Parsed<WhatIfQuestion> Parse(WhatIfFields fields, MineralsData minerals, Dataset? network, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(minerals);
        var problems = new FieldProblems();
        var mineral = string.IsNullOrWhiteSpace(fields.Mineral) ? null : RiskQuestion.Mineral(fields.Mineral, minerals, problems, network);
        if (string.IsNullOrWhiteSpace(fields.Mineral))
            problems.Add("mineral", "is required (e.g. gallium)");
        var importer = RiskQuestion.ImporterCode(fields.Importer, problems);
        if (string.IsNullOrWhiteSpace(fields.Importer))
            problems.Add("importer", "is required (e.g. JP)");
        var asOf = RiskQuestion.AsOf(fields.AsOf, today, problems);
        var changes = new List<SourcingChange>();
        foreach (var (field, kind, text) in new[]
        {
            ("ban", SourcingChangeKind.Ban, fields.Ban), ("remove", SourcingChangeKind.Remove, fields.Remove),
            ("set", SourcingChangeKind.Set, fields.Set), ("add", SourcingChangeKind.Add, fields.Add),
        })
        {
            foreach (var item in TextList.Split(text))
            {
                var (change, error) = SourcingChange.Parse(kind, item);
                if (change is null)
                    problems.Add(field, error!);
                else
                    changes.Add(change);
            }
        }
        if (changes.Count == 0 && problems.IsEmpty)
            problems.Add("add", "give at least one change: add, remove, ban or set a source");
        if (!problems.IsEmpty)
            return Parsed<WhatIfQuestion>.Failed(problems);
        var assessment = RiskAssessment.For(network, minerals, new RiskOptions { AsOf = asOf, Year = fields.Year });
        var result = assessment.WhatIf(mineral!, importer!, changes);
        if (result.Error is not null)
        {
            // The error names the change at fault; it belongs to the first list of changes given.
            var field = new[] { ("ban", fields.Ban), ("remove", fields.Remove), ("set", fields.Set), ("add", fields.Add) }
                .FirstOrDefault(f => !string.IsNullOrWhiteSpace(f.Item2)).Item1 ?? "importer";
            return Parsed<WhatIfQuestion>.Failed(problems.Add(field, result.Error));
        }
        return Parsed<WhatIfQuestion>.Of(new WhatIfQuestion(result, assessment, network, asOf));
    }

    /// <summary>The corridor exposure of the new mix: does an added source travel a safer or riskier corridor? Null without a network.</summary>
    public CorridorReport? CorridorAfter()
    {
        if (Network is null || Result.Mix!.Concentration is not { } after)
            return null;
        var stage = Result.After!.SourcedStage!.Stage;
        return new CorridorExposure(Network, Assessment.Governance, new PlannedRouteRisk()).Analyse(Result.Mineral, Result.Importer,
            [.. after.Shares.Select(s => (s.Country, s.Share))],
            origin => Assessment.TradeParameter(Result.Mineral, stage, origin, HhiScope.Global, Result.Importer));
    }

    /// <summary>The contract, with the corridor exposure of the new mix and <paramref name="notes"/>.</summary>
    public WhatIfAnswer Answer(CorridorReport? corridorAfter, IReadOnlyList<string> notes)
    {
        var r = Result;
        var before = r.Before!.SourcedStage!;
        var after = r.After!.SourcedStage!;
        return new WhatIfAnswer(
            r.Mineral, r.Importer, AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [.. r.Changes.Select(c => c.ToString())],
            r.BaselineMix!.ByShare, Side(before, r.BaselineMix!), Side(after, r.Mix!), r.HhiAfter - r.HhiBefore, r.SrAfter - r.SrBefore,
            r.RemainingShare, r.TotalShare, CorridorView.Of(corridorAfter), notes,
            r.HhiBefore, r.HhiAfter, r.SrBefore, r.SrAfter,
            r.Mix?.Concentration?.Shares.Select(s => new ProducerShare(s.Country, s.Share)).ToArray() ?? [],
            r.ShortfallShare, r.SrAfterWithShortfall);
    }

    private static WhatIfSide Side(StageAssessment stage, SourcingMix mix) => new(
        [.. mix.Origins.Select(o => new WhatIfOrigin(o.Origin, o.Amount, mix.Concentration?.ShareOf(o.Origin) ?? 0))],
        mix.Total, mix.Concentration?.Hhi, mix.ImportReliance, mix.ImportRelianceAssumed,
        stage.Importer?.Sr, stage.Importer?.SrLow, stage.Importer?.SrHigh, stage.Importer?.NoDataReason,
        HhiView.Of(stage.Importer?.Sourcing), HhiView.Of(stage.Global.Global));
}
