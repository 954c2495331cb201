namespace Caravan.Core.Assignment.Tntp;

/// <summary>One whitespace-separated word of a TNTP line and the 1-based character column it starts at.</summary>
internal readonly record struct TntpToken(string Text, int Column);
