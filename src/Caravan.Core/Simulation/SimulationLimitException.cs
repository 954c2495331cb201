namespace Caravan.Core.Simulation;

/// <summary>
/// A replication grew past a work limit of <see cref="SimulationOptions"/> (lots or events), so the run
/// stops instead of exhausting memory or a core; the message says which limit and what to change.
/// </summary>
public sealed class SimulationLimitException : Exception
{
    /// <summary>A limit was passed, as <paramref name="message"/> says.</summary>
    public SimulationLimitException(string message)
        : base(message)
    {
    }

    /// <summary>For serialisers and analyzers; use the message constructor.</summary>
    public SimulationLimitException()
    {
    }

    /// <summary>For serialisers and analyzers; use the message constructor.</summary>
    public SimulationLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
