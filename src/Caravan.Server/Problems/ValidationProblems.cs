using Caravan.Questions.Fields;

namespace Caravan.Server.Problems;

/// <summary>The problems of a question's fields as one RFC 7807 validation problem (400), <c>errors</c> keyed by field.</summary>
public static class ValidationProblems
{
    /// <summary>A 400 problem titled <paramref name="title"/> listing every problem under its field.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem ToProblem(this IReadOnlyList<FieldProblem> problems, string title = "Invalid request")
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(errors, detail: string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")), title: title);
    }
}
