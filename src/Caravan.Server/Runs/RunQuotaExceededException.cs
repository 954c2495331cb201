namespace Caravan.Server.Runs;

/// <summary>
/// A key owner asked for a run while holding their whole quota (<see cref="RunQuota"/>). Thrown by
/// <see cref="RunLauncher"/>, the one place every run starts, and answered as a 429 problem with
/// <c>Retry-After</c> by <see cref="Problems.TooManyRequestsProblems"/>, so no endpoint has to check it.
/// </summary>
public sealed class RunQuotaExceededException : Exception
{
    /// <summary>The owner <paramref name="owner"/> holds <paramref name="limit"/> runs already.</summary>
    public RunQuotaExceededException(string owner, int limit)
        : base($"{owner} has {limit} runs queued or running, the most one key owner may have; wait for one to finish or cancel one")
    {
    }

    /// <summary>For serialisers and analyzers.</summary>
    public RunQuotaExceededException()
    {
    }

    /// <summary>For serialisers and analyzers.</summary>
    public RunQuotaExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
