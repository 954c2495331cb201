namespace Caravan.Questions.Contracts;

/// <summary>One candidate in an invest run's results: chosen or not, what it costs and saves, and why.</summary>
/// <param name="Id">Project id.</param>
/// <param name="Name">Name.</param>
/// <param name="Chosen">True when the portfolio builds it.</param>
/// <param name="CapexUsd">Capex, US$.</param>
/// <param name="AnnualCostUsd">Annualised capex plus opex, US$/yr.</param>
/// <param name="BenefitUsd">Expected flow cost saved within the portfolio, US$/yr (0 when not chosen).</param>
/// <param name="BenefitAloneUsd">Expected flow cost saved if it were the only project, US$/yr.</param>
/// <param name="StartYear">Start year under a yearly budget, else null.</param>
/// <param name="Why">Why it was chosen (the bottleneck it relieves, the cost it cuts) or left out.</param>
public sealed record InvestProjectView(
    string Id, string Name, bool Chosen, double CapexUsd, double AnnualCostUsd, double BenefitUsd, double BenefitAloneUsd, int? StartYear, string Why);
