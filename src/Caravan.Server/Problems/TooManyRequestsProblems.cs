using System.Globalization;
using Caravan.Server.Runs;
using Microsoft.AspNetCore.Diagnostics;

namespace Caravan.Server.Problems;

/// <summary>Answers a run refused by its owner's quota (<see cref="RunQuotaExceededException"/>) as a 429 problem with <c>Retry-After</c>.</summary>
internal sealed class TooManyRequestsProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>Seconds a refused client is asked to wait: about how long a short run takes.</summary>
    public const int QuotaRetrySeconds = 30;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RunQuotaExceededException quota)
            return false;
        await WriteAsync(problems, httpContext, QuotaRetrySeconds, "Run quota reached", quota.Message);
        return true;
    }

    /// <summary>Writes a 429 problem asking the client to wait <paramref name="retryAfterSeconds"/>.</summary>
    public static async ValueTask WriteAsync(IProblemDetailsService problems, HttpContext context, int retryAfterSeconds, string title, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = title,
                Detail = detail,
                Extensions = { ["retryAfterSeconds"] = retryAfterSeconds },
            },
        });
    }
}
