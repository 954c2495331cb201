using Microsoft.AspNetCore.Http.Features;

namespace Caravan.Server.Problems;

/// <summary>Refuses request bodies over the configured size before reading them (413 problem).</summary>
internal sealed class RequestLimits(RequestDelegate next, ServerOptions options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request too large",
                    Detail = $"body: {context.Request.ContentLength} bytes is over the limit of {options.MaxRequestBytes} bytes",
                },
            });
            return;
        }
        // Bodies without a length (chunked) are cut off by the server at the same limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.MaxRequestBytes;
        await next(context);
    }
}
