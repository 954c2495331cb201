namespace Caravan.Core.Simulation;

/// <summary>How an arc moves lots.</summary>
internal enum ArcKind
{
    /// <summary>Continuous service: each lot leaves when it arrives and travels alone.</summary>
    Continuous,
    /// <summary>Fixed departures every headway, with a capacity per sailing.</summary>
    Scheduled,
    /// <summary>Sails when full or when the first lot aboard has waited the maximum.</summary>
    Ferry,
}
