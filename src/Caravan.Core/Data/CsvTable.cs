using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Caravan.Core.Data;

/// <summary>One CSV row as text fields, with the line it came from.</summary>
internal sealed record CsvRow(int Line, string[] Fields);

/// <summary>
/// A CSV table read as text with line numbers, checked against the columns its schema allows.
/// Reading never throws on malformed input: every structural fault becomes a <see cref="Problem"/>.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
            _columns.TryAdd(header[i], i);
    }

    /// <summary>The file as named in messages.</summary>
    public string File { get; }

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>0-based index of a column, or -1 when the table lacks it.</summary>
    public int IndexOf(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    /// <summary>1-based column number for messages (1 when the column is absent).</summary>
    public int ColumnNumber(string column) => IndexOf(column) + 1 is > 0 and var n ? n : 1;

    /// <summary>
    /// Parses every row with <paramref name="read"/>, each paired with its line. Rows with bad fields are
    /// kept for cross-row checks (their problems are already recorded); a table missing a required
    /// column gives no rows, since the header problem says why.
    /// </summary>
    public List<Located<T>> Records<T>(TableSchema schema, List<Problem> problems, Func<RowReader, T> read) =>
        schema.Required.Any(c => IndexOf(c) < 0)
            ? []
            : Rows.Select(row => new Located<T>(read(new RowReader(this, row, problems)), row.Line)).ToList();

    /// <summary>
    /// Reads and checks the header against <paramref name="schema"/>; problems go to <paramref name="problems"/>.
    /// Stops with a problem at the first row past <see cref="InputLimits.MaxRows"/> or
    /// <see cref="InputLimits.MaxFields"/>, or a field past <see cref="InputLimits.MaxFieldChars"/>.
    /// </summary>
    public static CsvTable Read(TextReader reader, string file, TableSchema schema, List<Problem> problems, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        var rows = new List<CsvRow>();
        string[] header = [];
        // The parser counts lines to the end of a record, and a quote left open swallows the rest of the
        // file, so a malformed record is reported on the line after the last good one, where it began.
        // Reading stops there: the parser copies the whole record for every bad field it reports, which
        // for one long record of stray quotes costs its length squared.
        var lastGoodLine = 0;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => throw new InputException(lastGoodLine + 1, 1,
                "malformed CSV: a quote inside an unquoted field or an unterminated quoted field; the rest of the table was not read"),
            TrimOptions = TrimOptions.Trim,
            DetectDelimiter = false,
            IgnoreBlankLines = true,
            MaxFieldSize = limits.MaxFieldChars,
        };
        try
        {
            using (var parser = new CsvParser(limits.Bound(reader), configuration))
            {
                var first = true;
                while (parser.Read())
                {
                    var fields = parser.Record ?? [];
                    var line = parser.RawRow;
                    lastGoodLine = line;
                    if (fields.Length > limits.MaxFields)
                    {
                        problems.Add(new Problem(file, line, limits.MaxFields + 1, $"row has {fields.Length:N0} fields; the limit is {limits.MaxFields}"));
                        break;
                    }
                    if (first)
                    {
                        header = fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray();
                        first = false;
                        continue;
                    }
                    if (rows.Count == limits.MaxRows)
                    {
                        problems.Add(new Problem(file, line, 1, $"the table has more than {limits.MaxRows:N0} rows"));
                        break;
                    }
                    CheckWidth(file, line, fields, header.Length, problems);
                    rows.Add(new CsvRow(line, fields));
                }
            }
        }
        catch (InputException e)
        {
            problems.Add(new Problem(file, e.Line, e.Column, e.Message));
        }
        catch (MaxFieldSizeException e)
        {
            problems.Add(new Problem(file, e.Context?.Parser?.RawRow ?? 0, 0, $"a field is longer than the limit of {limits.MaxFieldChars:N0} characters"));
        }
        catch (Exception e) when (e is CsvHelperException or IOException or ArgumentException)
        {
            problems.Add(new Problem(file, 0, 0, $"cannot read CSV: {e.Message.Split('\n')[0]}"));
        }

        if (header.Length == 0)
            problems.Add(new Problem(file, 1, 1, "empty file: a header row is required"));
        var table = new CsvTable(file, header, rows);
        schema.CheckHeader(table, problems);
        return table;
    }

    private static void CheckWidth(string file, int line, string[] fields, int width, List<Problem> problems)
    {
        if (fields.Length > width)
        {
            problems.Add(new Problem(file, line, width + 1,
                $"row has {fields.Length} fields but the header has {width}"
                + (fields.Any(f => f.Contains('(', StringComparison.Ordinal) && !f.Contains(')', StringComparison.Ordinal))
                    ? "; quote fields that contain commas, e.g. \"tri(18,20,30)\""
                    : "")));
        }
        else if (fields.Length < width)
        {
            // A short row usually lost a field in the middle (a merged comma), so its values sit under the wrong columns.
            problems.Add(new Problem(file, line, fields.Length + 1, $"row has {fields.Length} fields but the header has {width}; write empty fields for the missing ones"));
        }
    }
}
