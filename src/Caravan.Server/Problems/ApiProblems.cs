using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Problems;

/// <summary>RFC 7807 problem results that name the request field at fault (<c>field</c> extension).</summary>
public static class ApiProblems
{
    /// <summary>404: the thing <paramref name="field"/> names does not exist (or the caller may not see it).</summary>
    public static ProblemHttpResult NotFound(string field, string detail) => Make(StatusCodes.Status404NotFound, "Not found", detail, field);

    /// <summary>409: <paramref name="field"/> clashes with what is stored.</summary>
    public static ProblemHttpResult Conflict(string field, string detail) => Make(StatusCodes.Status409Conflict, "Conflict", detail, field);

    /// <summary>403: the caller's key may not do this to this thing.</summary>
    public static ProblemHttpResult Forbidden(string detail) => Make(StatusCodes.Status403Forbidden, "Forbidden", detail, null);

    /// <summary>503: the server cannot take the work now (queue full).</summary>
    public static ProblemHttpResult Unavailable(string detail) => Make(StatusCodes.Status503ServiceUnavailable, "Busy", detail, null);

    /// <summary>501: this build has no engine for the capability yet.</summary>
    public static ProblemHttpResult NotAvailable(string capability) => Make(
        StatusCodes.Status501NotImplemented, "Not available", $"{capability} is not available in this build of Caravan yet", null);

    private static ProblemHttpResult Make(int status, string title, string detail, string? field) =>
        TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: field is null ? null : new Dictionary<string, object?> { ["field"] = field });
}
