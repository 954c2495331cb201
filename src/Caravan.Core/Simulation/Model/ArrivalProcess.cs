namespace Caravan.Core.Simulation;

/// <summary>How lots leave a supply node.</summary>
public enum ArrivalProcess
{
    /// <summary>A Poisson process: exponential gaps with the mean that delivers the annual rate.</summary>
    Poisson,
    /// <summary>A fixed schedule: one lot every (lot tonnes ÷ annual tonnes) years, the first at time zero.</summary>
    Fixed,
}
