namespace Caravan.Questions.Contracts;

/// <summary>One project of the portfolio, as in <c>caravan invest --format json</c>.</summary>
/// <param name="Id">Project id.</param>
/// <param name="CapexUsd">Capex, US$.</param>
/// <param name="BenefitUsd">Expected flow cost it saves within the portfolio, US$/yr.</param>
public sealed record InvestPortfolioItem(string Id, double CapexUsd, double BenefitUsd);
