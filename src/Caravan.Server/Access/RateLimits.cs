using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Caravan.Server.Problems;
using Microsoft.AspNetCore.RateLimiting;

namespace Caravan.Server.Access;

/// <summary>
/// ASP.NET Core's rate limiter on every request past the dashboard's files: a token bucket per
/// client — the API key when one authenticated, else the remote address — refilled at
/// <see cref="ServerLimits.RequestsPerSecond"/> and holding <see cref="ServerLimits.RequestBurst"/>.
/// A refused request is a 429 problem with <c>Retry-After</c>, never a queue that ties up the server.
/// </summary>
internal static class RateLimits
{
    /// <summary>Registers the limiter; <c>UseRateLimiter</c> must follow <c>UseAuthentication</c> so keys are known.</summary>
    public static IServiceCollection AddCaravanRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ServerLimits>((options, limits) =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                limits.RequestsPerSecond <= 0
                    ? RateLimitPartition.GetNoLimiter("off")
                    : RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => Bucket(limits)));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Refill(limits);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await TooManyRequestsProblems.WriteAsync(problems, context.HttpContext, seconds, "Too many requests",
                    string.Create(CultureInfo.InvariantCulture, $"more than {limits.RequestsPerSecond} requests a second from one client (bursts of {limits.RequestBurst}); retry after {seconds} s"));
            };
        });
        return services;
    }

    // One bucket per key, or per address for requests without one; a wrong key counts against its address.
    private static string Client(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } key
            ? "key:" + key
            : "ip:" + context.Connection.RemoteIpAddress;

    private static TokenBucketRateLimiterOptions Bucket(ServerLimits limits) => new()
    {
        TokenLimit = Math.Max(1, limits.RequestBurst),
        TokensPerPeriod = Math.Max(1, (int)Math.Round(limits.RequestsPerSecond)),
        ReplenishmentPeriod = limits.RequestsPerSecond >= 1 ? TimeSpan.FromSeconds(1) : Refill(limits),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static TimeSpan Refill(ServerLimits limits) =>
        TimeSpan.FromSeconds(limits.RequestsPerSecond >= 1 ? 1 : 1 / limits.RequestsPerSecond);
}
