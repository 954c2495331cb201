namespace Caravan.Optimization.Investment;

/// <summary>One candidate's place in the answer: its cost, what it saves alone and within the chosen portfolio, and why.</summary>
/// <param name="Id">The project id.</param>
/// <param name="Chosen">True when the portfolio builds it.</param>
/// <param name="CapexUsd">Capex, US$.</param>
/// <param name="AnnualCostUsd">Annualised capex plus opex, US$/yr.</param>
/// <param name="BenefitUsd">Expected flow cost saved within the portfolio, US$/yr: the portfolio without it minus the portfolio (0 when not chosen).</param>
/// <param name="BenefitAloneUsd">Expected flow cost saved if it were the only project built, US$/yr.</param>
/// <param name="StartYear">Start year in the schedule (yearly budget only), else null.</param>
/// <param name="Scenarios">Its contribution in each scenario, within the portfolio (empty when not chosen).</param>
/// <param name="Explanation">Why it was chosen, or why not, in words.</param>
public sealed record ProjectContribution(
    string Id, bool Chosen, double CapexUsd, double AnnualCostUsd, double BenefitUsd, double BenefitAloneUsd, int? StartYear,
    IReadOnlyList<ScenarioContribution> Scenarios, string Explanation);
