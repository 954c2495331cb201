using System.Text;

namespace Caravan.Core.Assignment.Tntp;

/// <summary>
/// Reads a TNTP file line by line within the size limits: a line longer than the limit, or more
/// characters than the file limit, ends the read with a problem instead of growing without bound.
/// </summary>
internal sealed class TntpSource(TextReader reader, TntpReadOptions options, TntpProblems problems)
{
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _line = new();
    private int _length;
    private int _at;
    private long _read;
    private bool _done;

    /// <summary>Number of the last line returned (1-based).</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its line break, or null at the end (or after a limit was hit).</summary>
    public string? Next()
    {
        if (_done)
            return null;
        _line.Clear();
        while (true)
        {
            if (_at == _length)
            {
                _length = reader.Read(_buffer, 0, _buffer.Length);
                _at = 0;
                _read += _length;
                if (_read > options.MaxFileBytes)
                    return Stop($"the file is longer than the limit of {options.MaxFileBytes:N0} characters");
                if (_length == 0)
                {
                    _done = true;
                    if (_line.Length == 0)
                        return null;
                    LineNumber++;
                    return _line.ToString();
                }
            }
            var newline = Array.IndexOf(_buffer, '\n', _at, _length - _at);
            var end = newline < 0 ? _length : newline;
            _line.Append(_buffer, _at, end - _at);
            _at = newline < 0 ? _length : newline + 1;
            if (_line.Length > options.MaxLineLength)
                return Stop($"line is longer than the limit of {options.MaxLineLength:N0} characters");
            if (newline >= 0)
            {
                LineNumber++;
                if (_line.Length > 0 && _line[^1] == '\r')
                    _line.Length--;
                return _line.ToString();
            }
        }
    }

    private string? Stop(string message)
    {
        problems.Add(LineNumber + 1, 0, message);
        _done = true;
        return null;
    }
}
