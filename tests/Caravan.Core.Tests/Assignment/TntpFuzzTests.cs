using Caravan.Core.Assignment.Tntp;
using CsCheck;

namespace Caravan.Core.Tests.Assignment;

/// <summary>
/// Mutated TNTP files (truncated, with noise or tokens inserted) always give either a value or
/// located problems: never an exception, a hang or unbounded memory. Bounded in count and time.
/// </summary>
public sealed class TntpFuzzTests
{
    private static readonly string NetText = File.ReadAllText(TntpData.File("SiouxFalls", "SiouxFalls_net.tntp"));
    private static readonly string TripsText = File.ReadAllText(TntpData.File("SiouxFalls", "SiouxFalls_trips.tntp"));
    private static readonly TntpReadOptions Small = new() { MaxFileBytes = 100_000, MaxNodes = 10_000, MaxLinks = 10_000, MaxZones = 1_000, MaxTripEntries = 10_000, MaxLineLength = 10_000 };

    private static readonly Gen<string> Tokens = Gen.OneOf<string>(
        Gen.Const("\t"), Gen.Const(";"), Gen.Const(":"), Gen.Const("~"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("<"), Gen.Const(">"),
        Gen.Const("-1"), Gen.Const("0"), Gen.Const("NaN"), Gen.Const("1e999"), Gen.Const("999999999999"), Gen.Const("Origin"),
        Gen.Const("<END OF METADATA>"), Gen.Const("<NUMBER OF NODES> 2000000000\n"), Gen.Const("\uFEFF"), Gen.Const("0.5"));

    [Fact]
    public void Parse_TruncatedFiles_GiveAValueOrProblems()
    {
        Gen.Select(Gen.Bool, Gen.Double[0, 1]).Sample((net, fraction) =>
        {
            var text = net ? NetText : TripsText;
            return Parses(text[..(int)(text.Length * fraction)], net);
        }, iter: 300);
    }

    [Fact]
    public void Parse_RandomCharactersInserted_GiveAValueOrProblems()
    {
        var noise = Gen.Char['\0', '\u00ff'].Array[0, 200].Select(chars => new string(chars));
        Gen.Select(Gen.Bool, Gen.Int[0, 11_000], noise).Sample((net, at, junk) =>
        {
            var text = net ? NetText : TripsText;
            var position = Math.Min(at, text.Length);
            return Parses(text[..position] + junk + text[position..], net);
        }, iter: 300);
    }

    [Fact]
    public void Parse_TokensInsertedAtRandom_GiveAValueOrProblems()
    {
        Gen.Select(Gen.Bool, Gen.Int[0, 11_000], Tokens.Array[1, 6]).Sample((net, at, inserted) =>
        {
            var text = net ? NetText : TripsText;
            var position = Math.Min(at, text.Length);
            return Parses(text[..position] + string.Concat(inserted) + text[position..], net);
        }, iter: 300);
    }

    /// <summary>
    /// Parses within a generous bound (a hang fails here rather than stalling the suite; not a speed
    /// target), on a thread of its own so a busy thread pool cannot delay the start.
    /// </summary>
    private static bool Parses(string text, bool net)
    {
        var task = Task.Factory.StartNew(() =>
        {
            if (net)
            {
                var result = TntpReader.ParseNetwork(new StringReader(text), "net.tntp", Small);
                return result.Ok || result.Problems.Count > 0;
            }
            var trips = TntpReader.ParseTrips(new StringReader(text), "trips.tntp", Small);
            return trips.Ok || trips.Problems.Count > 0;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the reader did not finish");
        return task.Result;
    }
}
