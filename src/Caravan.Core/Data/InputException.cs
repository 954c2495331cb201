namespace Caravan.Core.Data;

/// <summary>
/// A document broke a reading rule or limit (<see cref="InputLimits"/>) at a known place. Readers catch
/// it and report a <see cref="Problem"/>; it is an <see cref="IOException"/> so that code catching read
/// failures catches it too.
/// </summary>
internal sealed class InputException : IOException
{
    public InputException(int line, int column, string message)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line, or 0 when the whole document is at fault.</summary>
    public int Line { get; }

    /// <summary>1-based column, or 0.</summary>
    public int Column { get; }
}
