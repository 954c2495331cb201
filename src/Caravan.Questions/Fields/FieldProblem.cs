namespace Caravan.Questions.Fields;

/// <summary>What is wrong with one field of a question, named as the API names it (<c>avoidCountries</c>, <c>scenarios[1]</c>).</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What is wrong, with a suggestion where one fits.</param>
public sealed record FieldProblem(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
