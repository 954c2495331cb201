namespace Caravan.Optimization.Investment;

/// <summary>
/// A cheaper way over an arc that a project opens for a commodity (faster customs, shorter handling):
/// a parallel copy of the arc that shares its capacity and carries flow only when the project is built.
/// </summary>
/// <param name="Arc">The arc.</param>
/// <param name="Project">The project's index.</param>
/// <param name="Commodity">The commodity's index.</param>
/// <param name="CostUsdPerTonne">The generalised cost of the arc with the project built, US$/t.</param>
public readonly record struct ArcVariant(int Arc, int Project, int Commodity, double CostUsdPerTonne);
