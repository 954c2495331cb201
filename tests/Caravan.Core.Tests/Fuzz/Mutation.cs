using CsCheck;

namespace Caravan.Core.Tests.Fuzz;

/// <summary>
/// One edit of a valid document: insert tokens, delete a span, repeat a span many times (deep
/// nesting, long runs, alias chains), or replace one character. Fuzz cases apply a few to a seed document.
/// </summary>
internal readonly record struct Mutation(int Kind, int At, int Length, string[] Tokens, int Times)
{
    /// <summary>Cases: a seed document with one to four mutations applied in turn.</summary>
    public static Gen<string> Of(IReadOnlyList<string> seeds, params string[] tokens)
    {
        var mutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1_000_000], Gen.Int[1, 64], Gen.OneOf<string>(tokens).Array[1, 6], Gen.Int[1, 2_000])
            .Select((kind, at, length, inserted, times) => new Mutation(kind, at, length, inserted, times));
        return Gen.Select(Gen.Int[0, seeds.Count - 1], mutation.Array[1, 4])
            .Select((seed, mutations) => mutations.Aggregate(seeds[seed], (text, m) => m.Apply(text)));
    }

    public string Apply(string text)
    {
        var at = At % (text.Length + 1);
        var length = Math.Min(Length, text.Length - at);
        return Kind switch
        {
            0 => string.Concat(text.AsSpan(0, at), string.Concat(Tokens), text.AsSpan(at)),
            1 => string.Concat(text.AsSpan(0, at), text.AsSpan(at + length)),
            2 => string.Concat(text.AsSpan(0, at), string.Concat(Enumerable.Repeat(length > 0 ? text.Substring(at, Math.Min(length, 16)) : Tokens[0], Times)), text.AsSpan(at)),
            _ => at < text.Length ? string.Concat(text.AsSpan(0, at), Tokens[0].AsSpan(0, Math.Min(1, Tokens[0].Length)), text.AsSpan(at + 1)) : text,
        };
    }
}
