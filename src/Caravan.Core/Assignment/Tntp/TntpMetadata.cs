using System.Globalization;

namespace Caravan.Core.Assignment.Tntp;

/// <summary>
/// The <c>&lt;NAME&gt; value</c> lines that open a TNTP file, up to <c>&lt;END OF METADATA&gt;</c>,
/// with the line and column of each value so checks can point at it.
/// </summary>
internal sealed class TntpMetadata
{
    private readonly Dictionary<string, (string Value, int Line, int Column)> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly TntpProblems _problems;

    private TntpMetadata(TntpProblems problems) => _problems = problems;

    /// <summary>Reads metadata lines from <paramref name="source"/>; false (with a problem) when the file ends before <c>&lt;END OF METADATA&gt;</c>.</summary>
    public static (TntpMetadata Metadata, bool Complete) Read(TntpSource source, TntpProblems problems)
    {
        var metadata = new TntpMetadata(problems);
        while (source.Next() is { } text)
        {
            var line = source.LineNumber;
            var comment = text.IndexOf('~', StringComparison.Ordinal);
            var content = comment >= 0 ? text[..comment] : text;
            var start = content.IndexOf('<', StringComparison.Ordinal);
            if (start < 0)
            {
                if (content.Trim().Length > 0)
                    problems.Add(line, content.Length - content.TrimStart().Length + 1, "expected a metadata line '<NAME> value' or '<END OF METADATA>'");
                continue;
            }
            var close = content.IndexOf('>', start);
            if (close < 0)
            {
                problems.Add(line, start + 1, "metadata name has no closing '>'");
                continue;
            }
            var name = content[(start + 1)..close].Trim();
            if (name.Equals("END OF METADATA", StringComparison.OrdinalIgnoreCase))
                return (metadata, true);
            var rest = content[(close + 1)..];
            var value = rest.Trim();
            var column = close + 2 + (rest.Length - rest.TrimStart().Length);
            if (!metadata._entries.TryAdd(name, (value, line, column)))
                problems.Add(line, start + 1, $"<{name}> is given twice (first on line {metadata._entries[name].Line})");
        }
        problems.Add(source.LineNumber, 0, "the file ends before <END OF METADATA>");
        return (metadata, false);
    }

    /// <summary>Line of <paramref name="name"/>'s entry, or 0 when absent.</summary>
    public int LineOf(string name) => _entries.TryGetValue(name, out var e) ? e.Line : 0;

    /// <summary>Column of <paramref name="name"/>'s value, or 0 when absent.</summary>
    public int ColumnOf(string name) => _entries.TryGetValue(name, out var e) ? e.Column : 0;

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>]; null with a problem when bad, or when absent and required.</summary>
    public int? Integer(string name, int min, int max, bool required)
    {
        if (!_entries.TryGetValue(name, out var e))
        {
            if (required)
                _problems.Add(0, 0, $"missing metadata <{name}>");
            return null;
        }
        // Some files write counts as "24.0"; a whole number in any numeric form is accepted.
        if (!double.TryParse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number != Math.Floor(number))
        {
            _problems.Add(e.Line, e.Column, $"<{name}> must be a whole number, got '{e.Value}'");
            return null;
        }
        if (number < min || number > max)
        {
            _problems.Add(e.Line, e.Column, $"<{name}> must be between {min:N0} and {max:N0}, got {e.Value}");
            return null;
        }
        return (int)number;
    }

    /// <summary>A finite number ≥ <paramref name="min"/>; null with a problem when bad, or when absent and required.</summary>
    public double? Number(string name, double min, bool required)
    {
        if (!_entries.TryGetValue(name, out var e))
        {
            if (required)
                _problems.Add(0, 0, $"missing metadata <{name}>");
            return null;
        }
        if (!double.TryParse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            _problems.Add(e.Line, e.Column, $"<{name}> must be a number, got '{e.Value}'");
            return null;
        }
        if (number < min)
        {
            _problems.Add(e.Line, e.Column, $"<{name}> must be at least {min}, got {e.Value}");
            return null;
        }
        return number;
    }
}
