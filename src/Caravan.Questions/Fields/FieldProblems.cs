using System.Collections;

namespace Caravan.Questions.Fields;

/// <summary>Collects every problem of a question's fields, in the order found, so a caller hears of all of them at once.</summary>
public sealed class FieldProblems : IReadOnlyList<FieldProblem>
{
    private readonly List<FieldProblem> _problems = [];

    /// <summary>True when nothing was reported.</summary>
    public bool IsEmpty => _problems.Count == 0;

    /// <inheritdoc />
    public int Count => _problems.Count;

    /// <inheritdoc />
    public FieldProblem this[int index] => _problems[index];

    /// <summary>Reports <paramref name="message"/> against <paramref name="field"/>.</summary>
    public FieldProblems Add(string field, string message)
    {
        _problems.Add(new FieldProblem(field, message));
        return this;
    }

    /// <inheritdoc />
    public IEnumerator<FieldProblem> GetEnumerator() => _problems.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
