namespace Caravan.Core.Distributions;

/// <summary>A stream of uniform random numbers in [0, 1). Simulation streams implement it.</summary>
public interface IRandomSource
{
    /// <summary>The next uniform number in [0, 1).</summary>
    double NextDouble();
}
