using Caravan.Core.Data;

namespace Caravan.Core.Assignment.Tntp;

/// <summary>The problems found in one file, up to a limit.</summary>
internal sealed class TntpProblems(string file, int limit)
{
    private readonly List<Problem> _list = [];

    public string File => file;

    public IReadOnlyList<Problem> List => _list;

    public bool Any => _list.Count > 0;

    /// <summary>True once the limit is reached: the reader stops.</summary>
    public bool Full => _list.Count >= limit;

    public void Add(int line, int column, string message)
    {
        if (!Full)
            _list.Add(new Problem(file, line, column, message));
    }
}
