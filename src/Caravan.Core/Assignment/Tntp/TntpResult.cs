using Caravan.Core.Data;

namespace Caravan.Core.Assignment.Tntp;

/// <summary>What a TNTP read gives: the value when the file is clean, else every problem found (up to the limit), located.</summary>
/// <typeparam name="T">The parsed file.</typeparam>
/// <param name="Value">The parsed file; null when there is any problem.</param>
/// <param name="Problems">Each problem as <c>file:line:column: message</c> (column = character position, 1-based).</param>
public sealed record TntpResult<T>(T? Value, IReadOnlyList<Problem> Problems)
    where T : class
{
    /// <summary>True when the file was read without problems.</summary>
    public bool Ok => Value is not null;
}
