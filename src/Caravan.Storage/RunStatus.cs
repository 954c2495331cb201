namespace Caravan.Storage;

/// <summary>Where a run is in its life. Succeeded, Failed and Cancelled are final.</summary>
public enum RunStatus
{
    /// <summary>Accepted, waiting for a worker.</summary>
    Queued,

    /// <summary>A worker is on it.</summary>
    Running,

    /// <summary>Finished with results.</summary>
    Succeeded,

    /// <summary>Finished with an error message and no results.</summary>
    Failed,

    /// <summary>Stopped at a user's request before it finished.</summary>
    Cancelled,
}
