using Microsoft.Extensions.Configuration;

namespace Caravan.Server;

/// <summary>
/// The server's protections against one client taking it over, read from the <c>Caravan</c>
/// configuration section beside <see cref="ServerOptions"/>: request rate per client, runs per key
/// owner, and the sizes of a request's line and headers. docs/server.md lists them.
/// </summary>
public sealed record ServerLimits
{
    /// <summary>Requests per second one client may make on average (a key, or an address without one); 0 turns rate limiting off.</summary>
    public double RequestsPerSecond { get; init; } = 100;

    /// <summary>Requests one client may make at once above the average before it waits.</summary>
    public int RequestBurst { get; init; } = 200;

    /// <summary>Runs one key owner may have queued or running at once (the queue holds <see cref="ServerOptions.MaxQueuedRuns"/>).</summary>
    public int MaxQueuedRunsPerKey { get; init; } = 16;

    /// <summary>Longest request target (path and query), bytes; longer is a 414 problem.</summary>
    public int MaxUrlBytes { get; init; } = 8 * 1024;

    /// <summary>Largest total of request header names and values, bytes; larger is a 431 problem.</summary>
    public int MaxHeaderBytes { get; init; } = 32 * 1024;

    /// <summary>Most request headers; more is a 431 problem.</summary>
    public int MaxHeaderCount { get; init; } = 100;

    /// <summary>Reads the limits from <paramref name="configuration"/>, defaults where absent.</summary>
    public static ServerLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ServerOptions.Section);
        var defaults = new ServerLimits();
        return new ServerLimits
        {
            RequestsPerSecond = section.GetValue("RequestsPerSecond", defaults.RequestsPerSecond),
            RequestBurst = section.GetValue("RequestBurst", defaults.RequestBurst),
            MaxQueuedRunsPerKey = section.GetValue("MaxQueuedRunsPerKey", defaults.MaxQueuedRunsPerKey),
            MaxUrlBytes = section.GetValue("MaxUrlBytes", defaults.MaxUrlBytes),
            MaxHeaderBytes = section.GetValue("MaxHeaderBytes", defaults.MaxHeaderBytes),
            MaxHeaderCount = section.GetValue("MaxHeaderCount", defaults.MaxHeaderCount),
        };
    }
}
