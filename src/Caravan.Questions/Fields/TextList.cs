namespace Caravan.Questions.Fields;

/// <summary>Lists written as text: <c>RU,CN</c> in a query string or an option, trimmed, empty entries dropped.</summary>
public static class TextList
{
    /// <summary>The entries of a comma-separated <paramref name="text"/>; none for null.</summary>
    public static string[] Split(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Repeated options (<c>--commodity a --commodity b</c>) as one comma-separated field; null when none.</summary>
    public static string? Join(IEnumerable<string>? items) =>
        items is null ? null : string.Join(',', items) is { Length: > 0 } text ? text : null;
}
