namespace Caravan.Optimization.Investment;

/// <summary>One commodity origin–destination pair in the Monte Carlo check: without and with the portfolio, and the change.</summary>
/// <param name="Commodity">Commodity id.</param>
/// <param name="From">Supply node id.</param>
/// <param name="To">Demand node id.</param>
/// <param name="Baseline">Figures without the portfolio; null when the pair has no route without it.</param>
/// <param name="Portfolio">Figures with the portfolio built; null when the pair has no route with it.</param>
/// <param name="Change">Portfolio minus baseline (negative = better); a lead-time figure is null when either side lacks it.</param>
public sealed record OdCheck(string Commodity, string From, string To, CheckFigures? Baseline, CheckFigures? Portfolio, CheckFigures Change);
