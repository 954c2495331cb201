namespace Caravan.Optimization.Investment;

/// <summary>The Monte Carlo check under one scenario of the stochastic program.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Probability">Its weight in the program.</param>
/// <param name="Ods">Every commodity origin–destination pair simulated, in the simulator's order.</param>
public sealed record ScenarioPortfolioCheck(string Scenario, double Probability, IReadOnlyList<OdCheck> Ods);
