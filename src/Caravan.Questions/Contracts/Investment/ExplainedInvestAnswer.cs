using System.Text.Json.Serialization;
using Caravan.Optimization.Investment;
using Caravan.Questions.Investment;

namespace Caravan.Questions.Contracts;

/// <summary>
/// An invest run's results: every field of <see cref="InvestAnswer"/> with its name, then what the
/// dashboard shows besides — every candidate with why, the cost of doing nothing, the scenarios' weights
/// (ordered after the answer's fields, which the serialiser would otherwise put last).
/// </summary>
public sealed record ExplainedInvestAnswer : InvestAnswer
{
    /// <summary>The answer's fields, to be explained.</summary>
    public ExplainedInvestAnswer(InvestAnswer answer)
        : base(answer)
    {
    }

    /// <summary>Expected annual total cost with no project, US$/yr; null without a portfolio.</summary>
    [JsonPropertyOrder(1)]
    public required double? BaselineObjective { get; init; }

    /// <summary>Every candidate, chosen first.</summary>
    [JsonPropertyOrder(2)]
    public required IReadOnlyList<InvestProjectView> Projects { get; init; }

    /// <summary>The weighted scenarios solved over.</summary>
    [JsonPropertyOrder(3)]
    public required IReadOnlyList<InvestScenarioWeight> Scenarios { get; init; }

    /// <summary>The explained contract of <paramref name="o"/>, optimised for <paramref name="objective"/>.</summary>
    public static ExplainedInvestAnswer Explain(InvestOutcome o, InvestmentObjective objective)
    {
        ArgumentNullException.ThrowIfNull(o);
        var names = o.Projects.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        return new(Of(o, objective))
        {
            BaselineObjective = Rounded.Usd(o.Report?.Baseline.TotalUsd),
            Projects = [.. o.Report?.Projects.Select(p => new InvestProjectView(p.Id, names.GetValueOrDefault(p.Id, p.Id), p.Chosen, p.CapexUsd,
                Rounded.Usd(p.AnnualCostUsd), Rounded.Usd(p.BenefitUsd), Rounded.Usd(p.BenefitAloneUsd), p.StartYear, p.Explanation)) ?? []],
            Scenarios = [.. o.Instance.Scenarios.Select(s => new InvestScenarioWeight(s.Name, s.Probability))],
        };
    }
}
