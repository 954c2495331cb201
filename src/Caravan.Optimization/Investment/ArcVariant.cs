namespace Caravan.Optimization.Investment;

/// <summary>
/// A project that makes an arc cheaper for a commodity (faster customs, shorter handling, a faster
/// line): with it built, each tonne on the arc saves the difference. Savings of several projects on
/// one arc add up, never below a net cost of zero.
/// </summary>
/// <param name="Arc">The arc.</param>
/// <param name="Project">The project's index.</param>
/// <param name="Commodity">The commodity's index.</param>
/// <param name="CostUsdPerTonne">The generalised cost of the arc with the project built, US$/t.</param>
public readonly record struct ArcVariant(int Arc, int Project, int Commodity, double CostUsdPerTonne);
