namespace Caravan.Server.Runs;

/// <summary>Work waiting in the queue: the run it belongs to and what to compute (returns the results object).</summary>
/// <param name="RunId">The stored run.</param>
/// <param name="Manifest">The manifest so far; the worker adds the wall time.</param>
/// <param name="Work">The computation; honours the context's cancellation token.</param>
/// <param name="Owner">Who started it, for their quota.</param>
public sealed record RunJob(string RunId, RunManifest Manifest, Func<RunContext, Task<object>> Work, string Owner = "");
