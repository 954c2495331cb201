namespace Caravan.Core.Assignment.Tntp;

public static partial class TntpReader
{
    private static TntpFlows? ReadFlowsBody(TntpSource source, string file, TntpProblems problems)
    {
        var rows = new List<TntpFlowRow>();
        var header = true;
        while (!problems.Full && source.Next() is { } text)
        {
            var line = TntpLine.Split(source.LineNumber, text, punctuation: false);
            var tokens = line.Tokens;
            if (tokens.Count == 0)
                continue;
            // The first line names the columns (From To Volume Cost) unless it already starts with a number.
            if (header)
            {
                header = false;
                if (!int.TryParse(tokens[0].Text, out _))
                {
                    if (tokens.Count != 4)
                        problems.Add(line.Number, tokens[0].Column, $"the header should name 4 columns (From To Volume Cost), it has {tokens.Count}");
                    continue;
                }
            }
            if (tokens.Count != 4)
            {
                problems.Add(line.Number, tokens.Count < 4 ? line.EndColumn : tokens[4].Column,
                    tokens.Count < 4 ? $"missing column: a flow line has 4 fields (From To Volume Cost), this one {tokens.Count}" : "unexpected field: a flow line has 4 fields");
                continue;
            }
            var before = problems.List.Count;
            TryInteger(tokens[0], "From", 1, int.MaxValue, line.Number, problems, out var from);
            TryInteger(tokens[1], "To", 1, int.MaxValue, line.Number, problems, out var to);
            TryNumber(tokens[2], "Volume", line.Number, problems, out var volume);
            TryNumber(tokens[3], "Cost", line.Number, problems, out var cost);
            if (problems.List.Count == before)
                rows.Add(new TntpFlowRow(from, to, volume, cost));
        }
        return problems.Any ? null : new TntpFlows(file, rows);
    }
}
