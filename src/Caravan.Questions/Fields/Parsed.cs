namespace Caravan.Questions.Fields;

/// <summary>A question read from its fields: the typed question, or every problem that stopped it.</summary>
/// <typeparam name="T">The typed question.</typeparam>
/// <param name="Question">The question; null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">What is wrong with which field.</param>
public sealed record Parsed<T>(T? Question, IReadOnlyList<FieldProblem> Problems)
    where T : class
{
    /// <summary>A question that read clean.</summary>
    public static Parsed<T> Of(T question) => new(question, []);

    /// <summary>A question that did not read.</summary>
    public static Parsed<T> Failed(IReadOnlyList<FieldProblem> problems) => new(null, problems);
}
