namespace Caravan.Core.Assignment.Tntp;

/// <summary>A line of a TNTP file split into tokens, with its 1-based number and the column just past its last token.</summary>
internal sealed record TntpLine(int Number, IReadOnlyList<TntpToken> Tokens, int EndColumn)
{
    /// <summary>
    /// Splits <paramref name="text"/> at whitespace, dropping a <c>~</c> comment. With
    /// <paramref name="punctuation"/> (trip tables) <c>:</c> and <c>;</c> become tokens of their own;
    /// without (networks) a <c>;</c> ending the line, alone or on the last number, is dropped.
    /// </summary>
    public static TntpLine Split(int number, string text, bool punctuation)
    {
        var comment = text.IndexOf('~', StringComparison.Ordinal);
        var length = comment >= 0 ? comment : text.Length;
        var tokens = new List<TntpToken>();
        var i = 0;
        while (i < length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                i++;
                continue;
            }
            if (punctuation && ch is ':' or ';')
            {
                tokens.Add(new TntpToken(ch.ToString(), i + 1));
                i++;
                continue;
            }
            var start = i;
            while (i < length && !char.IsWhiteSpace(text[i]) && !(punctuation && text[i] is ':' or ';'))
                i++;
            tokens.Add(new TntpToken(text[start..i], start + 1));
        }
        if (!punctuation && tokens.Count > 0)
        {
            var last = tokens[^1];
            if (last.Text == ";")
                tokens.RemoveAt(tokens.Count - 1);
            else if (last.Text.EndsWith(';'))
                tokens[^1] = last with { Text = last.Text[..^1] };
        }
        var end = tokens.Count == 0 ? 1 : tokens[^1].Column + tokens[^1].Text.Length;
        return new TntpLine(number, tokens, end);
    }
}
