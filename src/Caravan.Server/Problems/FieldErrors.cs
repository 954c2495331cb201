namespace Caravan.Server.Problems;

/// <summary>Collects what is wrong with which field of a request, for a 400 validation problem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when nothing was reported.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Reports <paramref name="message"/> against <paramref name="field"/> (a JSON path such as <c>edits[2].target</c>).</summary>
    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    /// <summary>The errors in the shape of <see cref="Microsoft.AspNetCore.Http.HttpValidationProblemDetails.Errors"/>.</summary>
    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>A 400 problem listing the errors.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ValidationProblem ToProblem(string title = "Invalid request") =>
        TypedResults.ValidationProblem(ToDictionary(), detail: string.Join("; ", _errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")), title: title);
}
