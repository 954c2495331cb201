namespace Caravan.Server.Problems;

/// <summary>
/// Refuses an over-long request target (414) or over-large headers (431) with an RFC 7807 problem.
/// Kestrel's own limits, which answer with an empty body before any application code runs, are set
/// above these (<see cref="CaravanServer"/>), so a client that goes too far learns which limit and by how much.
/// </summary>
internal sealed class RequestLineLimits(RequestDelegate next, ServerLimits limits, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var target = context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length ?? 0;
        if (target > limits.MaxUrlBytes)
        {
            await RefuseAsync(context, StatusCodes.Status414UriTooLong, "URL too long",
                $"the path and query are {target} bytes, over the limit of {limits.MaxUrlBytes}; send long lists in a POST body");
            return;
        }
        var headers = context.Request.Headers;
        var bytes = headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0));
        if (headers.Count > limits.MaxHeaderCount || bytes > limits.MaxHeaderBytes)
        {
            await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large",
                $"{headers.Count} headers of {bytes} bytes; the limits are {limits.MaxHeaderCount} headers and {limits.MaxHeaderBytes} bytes");
            return;
        }
        await next(context);
    }

    private async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
