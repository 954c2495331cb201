namespace Caravan.Core.Data;

/// <summary>One thing wrong with an input, located as <c>file:line:column</c> (1-based; 0 = whole line or file).</summary>
/// <param name="File">The file as the user knows it (a path or the table name).</param>
/// <param name="Line">1-based line; the header is line 1.</param>
/// <param name="Column">1-based column (field position).</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record Problem(string File, int Line, int Column, string Message)
{
    /// <summary><c>file:line:column: message</c>, leaving out a position that is 0 (the whole file or line).</summary>
    public override string ToString() => (Line, Column) switch
    {
        (0, _) => $"{File}: {Message}",
        (_, 0) => $"{File}:{Line}: {Message}",
        _ => $"{File}:{Line}:{Column}: {Message}",
    };
}
