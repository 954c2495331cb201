namespace Caravan.Core.Tracking;

/// <summary>Where a consignment stands.</summary>
public enum PositionState
{
    /// <summary>No actual event yet: waiting at the origin.</summary>
    NotStarted,
    /// <summary>At a node of the plan.</summary>
    AtNode,
    /// <summary>On the arc after a node of the plan.</summary>
    InTransit,
    /// <summary>At the destination: the journey is over.</summary>
    Delivered,
}
