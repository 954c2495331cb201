namespace Caravan.Cli.Commands;

/// <summary>One project of the portfolio in JSON.</summary>
/// <param name="Id">Project id.</param>
/// <param name="CapexUsd">Capex, US$.</param>
/// <param name="BenefitUsd">Expected flow cost it saves within the portfolio, US$/yr.</param>
public sealed record InvestPortfolioJson(string Id, double CapexUsd, double BenefitUsd);
