using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Caravan.Server.Problems;

/// <summary>
/// Turns request-binding failures (malformed JSON, a number that is not a number, a body over the
/// size limit) into RFC 7807 problems that name the field. Anything else falls through to the
/// generic 500 problem, which never carries a stack trace.
/// </summary>
internal sealed partial class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        var field = FieldOf(bad);
        var message = bad.InnerException is JsonException json ? JsonMessage(json)
            : ParameterName().Match(bad.Message) is { Success: true } m && m.Groups["value"].Success
                ? $"'{m.Groups["value"].Value}' is not a valid {m.Groups["type"].Value.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>')}"
                : bad.Message;
        httpContext.Response.StatusCode = bad.StatusCode;
        var details = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Invalid request",
            Detail = $"{field}: {message}",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private static string FieldOf(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return "body";
        if (bad.InnerException is JsonException { Path: { Length: > 1 } path })
            return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        return ParameterName().Match(bad.Message) is { Success: true } m ? CamelCase(m.Groups["name"].Value) : "body";
    }

    // The JSON reader's message up to its first full stop, without the position boilerplate.
    private static string JsonMessage(JsonException json) =>
        json.Message.Split(". Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.');

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex("parameter \"(?:(?<type>[^\" ]+) )?(?<name>[A-Za-z0-9_]+)\"(?: from \"(?<value>[^\"]*)\")?")]
    private static partial Regex ParameterName();
}
