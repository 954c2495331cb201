using System.Net.Http.Json;
using System.Text.Json;

namespace Caravan.Server.Tests;

/// <summary>Waits for a background run (simulation, flow, invest) to reach a final status.</summary>
internal static class RunPolling
{
    // Generous: a loaded CI machine may take minutes over a run an idle one finishes in seconds.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    /// <summary>Polls <paramref name="path"/> (the run's progress resource) until succeeded, failed or cancelled.</summary>
    public static async Task<JsonElement> FinalAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var run = await client.GetFromJsonAsync<JsonElement>(path);
            if (run.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled")
                return run;
            await Task.Delay(50);
        }
        throw new TimeoutException($"{path} did not finish within {Patience.TotalMinutes} minutes");
    }
}
