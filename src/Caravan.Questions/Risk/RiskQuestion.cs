using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Risk;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;

namespace Caravan.Questions.Risk;

/// <summary>
/// A supply-risk question, read and checked: which minerals, for which importer, as of when, on
/// which minerals tables and network (for corridor exposure; none leaves it out and says so).
/// </summary>
/// <param name="Minerals">The minerals tables.</param>
/// <param name="Network">The dataset whose routes corridor exposure plans; null leaves it out.</param>
/// <param name="Importer">Importer code, or null for world supply only.</param>
/// <param name="Selected">The minerals to assess.</param>
/// <param name="Options">As-of date and data year.</param>
public sealed record RiskQuestion(MineralsData Minerals, Dataset? Network, string? Importer, IReadOnlyList<string> Selected, RiskOptions Options)
{
    /// <summary>Reads <paramref name="fields"/>; every problem, each on its field. <paramref name="today"/> is the default as-of date.</summary>
    public static Parsed<RiskQuestion> Parse(RiskFields fields, MineralsData minerals, Dataset? network, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(minerals);
        var problems = new FieldProblems();
        var importer = ImporterCode(fields.Importer, problems);
        var selected = TextList.Split(fields.Mineral).Select(m => Mineral(m, minerals, problems, network)).OfType<string>().ToList();
        var asOf = AsOf(fields.AsOf, today, problems);
        return problems.IsEmpty
            ? Parsed<RiskQuestion>.Of(new RiskQuestion(minerals, network, importer, selected.Count == 0 ? minerals.Minerals : selected,
                new RiskOptions { AsOf = asOf, Year = fields.Year }))
            : Parsed<RiskQuestion>.Failed(problems);
    }

    /// <summary>Assesses every selected mineral, with the importer's corridor exposure where there is an importer and a network.</summary>
    public RiskOutcome Assess()
    {
        var assessment = RiskAssessment.For(Network, Minerals, Options);
        var corridor = Network is not null && Importer is not null ? new CorridorExposure(Network, assessment.Governance, new PlannedRouteRisk()) : null;
        return new RiskOutcome(assessment, [.. Selected.Select(m => (assessment.Assess(m, Importer), corridor is null ? null : Corridor(corridor, assessment, m, Importer!)))]);
    }

    /// <summary>The contract of <paramref name="outcome"/>; <paramref name="notes"/> say which tables were used.</summary>
    public RiskAnswer Answer(RiskOutcome outcome, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(Options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Importer,
            [.. outcome.Results.Select(r => MineralRiskView.Of(r.Risk, r.Corridor))], notes);
    }

    /// <summary>An importer code (two letters: ISO alpha-2 or EU) in capitals, null when none; a problem otherwise.</summary>
    internal static string? ImporterCode(string? text, FieldProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var code = text.Trim().ToUpperInvariant();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            problems.Add("importer", $"must be an ISO alpha-2 code (JP) or EU; got '{text}'");
        return code;
    }

    /// <summary>
    /// The mineral with data that <paramref name="text"/> names, any case, or that the commodity of that id in
    /// <paramref name="network"/> is made of (<c>u3o8</c> → <c>uranium</c>, by the commodity's <c>mineral</c>
    /// column); null with a problem.
    /// </summary>
    internal static string? Mineral(string text, MineralsData minerals, FieldProblems problems, Dataset? network = null)
    {
        var wanted = text.Trim().ToLowerInvariant();
        var match = minerals.Minerals.FirstOrDefault(m => m.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        if (match is null && network?.Commodities.FirstOrDefault(c => c.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase)) is { Mineral.Length: > 0 } commodity)
            match = minerals.Minerals.FirstOrDefault(m => m.Equals(commodity.Mineral, StringComparison.OrdinalIgnoreCase));
        if (match is null)
            problems.Add("mineral", $"no data for mineral '{text}'{Suggestions.DidYouMean(wanted, minerals.Minerals)}; minerals with data: {string.Join(", ", minerals.Minerals)}");
        return match;
    }

    /// <summary>The as-of date, <paramref name="today"/> by default; a problem when it is not yyyy-mm-dd.</summary>
    internal static DateOnly AsOf(string? text, DateOnly today, FieldProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
            return today;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add("asOf", $"must be a date yyyy-mm-dd; got '{text}'");
        return today;
    }

    /// <summary>Corridor exposure of the importer's supply of <paramref name="mineral"/>: its sourcing, else world production, at the stage that matters.</summary>
    internal static CorridorReport Corridor(CorridorExposure corridor, RiskAssessment assessment, string mineral, string importer)
    {
        var risk = assessment.Assess(mineral, importer);
        var stage = risk.SourcedStage ?? risk.Stages.FirstOrDefault(s => s.Stage == risk.Global.Bottleneck) ?? risk.Stages.FirstOrDefault(s => s.Production is not null);
        var shares = stage?.Sourcing?.Concentration ?? stage?.Production;
        if (stage is null || shares is null)
            return new CorridorReport(mineral, importer, [], [], 0, null, "no production or sourcing shares");
        return corridor.Analyse(mineral, importer, [.. shares.Shares.Select(s => (s.Country, s.Share))],
            origin => assessment.TradeParameter(mineral, stage.Stage, origin, HhiScope.Global, importer));
    }
}
