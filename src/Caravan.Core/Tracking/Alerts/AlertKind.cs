namespace Caravan.Core.Tracking;

/// <summary>Why a consignment needs attention.</summary>
public enum AlertKind
{
    /// <summary>An actual event off the planned route.</summary>
    OffRoute,
    /// <summary>The median ETA is past the promise.</summary>
    AtRisk,
    /// <summary>Even the 10th percentile ETA is past the promise.</summary>
    Late,
    /// <summary>The stay at a node is longer than the simulator's 95th percentile there.</summary>
    OverdueDwell,
    /// <summary>A scenario closure is in force on the rest of the route.</summary>
    ClosureAhead,
    /// <summary>A sensor reading outside the consignment's limits.</summary>
    SensorOutOfLimits,
}
