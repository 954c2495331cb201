using Caravan.Core.Data;
using CsCheck;

namespace Caravan.Core.Tests.Data;

/// <summary>Random and truncated CSV never makes the loader throw or hang: it answers with problems.</summary>
public sealed class LoaderFuzzTests
{
    private static readonly string[] Tables = ["nodes.csv", "links.csv", "countries.csv", "commodities.csv", "supply.csv", "demand.csv", "chokepoints.csv"];

    [Fact]
    public void Load_TruncatedTables_ReturnsProblemsNeverThrows()
    {
        using var folder = new FixtureFolder();
        var originals = Tables.ToDictionary(t => t, t => File.ReadAllText(folder.File(t)));
        Gen.Select(Gen.Int[0, Tables.Length - 1], Gen.Double[0, 1]).Sample((table, fraction) =>
        {
            var text = originals[Tables[table]];
            File.WriteAllText(folder.File(Tables[table]), text[..(int)(text.Length * fraction)]);
            var result = LoadWithin(folder.Path);
            File.WriteAllText(folder.File(Tables[table]), text);
            return result.Dataset is not null || result.Problems.Count > 0;
        }, iter: 300);
    }

    [Fact]
    public void Load_RandomBytesAndCharacters_ReturnsProblemsNeverThrows()
    {
        using var folder = new FixtureFolder();
        var originals = Tables.ToDictionary(t => t, t => File.ReadAllText(folder.File(t)));
        var noise = Gen.Char['\0', '\u00ff'].Array[0, 200].Select(chars => new string(chars));
        Gen.Select(Gen.Int[0, Tables.Length - 1], Gen.Int[0, 400], noise).Sample((table, at, junk) =>
        {
            var text = originals[Tables[table]];
            var position = Math.Min(at, text.Length);
            File.WriteAllText(folder.File(Tables[table]), text[..position] + junk + text[position..]);
            var result = LoadWithin(folder.Path);
            File.WriteAllText(folder.File(Tables[table]), text);
            return result.Dataset is not null || result.Problems.Count > 0;
        }, iter: 300);
    }

    [Fact]
    public void Load_QuotesAndSeparatorsInsertedAtRandom_ReturnsProblemsNeverThrows()
    {
        using var folder = new FixtureFolder();
        var originals = Tables.ToDictionary(t => t, t => File.ReadAllText(folder.File(t)));
        var tokens = Gen.OneOf<string>("\"", ",", "\n", "\r\n", ";", "(", ")", "\"\"", "-1", "NaN", "1e999", "\uFEFF");
        Gen.Select(Gen.Int[0, Tables.Length - 1], Gen.Int[0, 400], tokens.Array[1, 5]).Sample((table, at, inserted) =>
        {
            var text = originals[Tables[table]];
            var position = Math.Min(at, text.Length);
            File.WriteAllText(folder.File(Tables[table]), text[..position] + string.Concat(inserted) + text[position..]);
            var result = LoadWithin(folder.Path);
            File.WriteAllText(folder.File(Tables[table]), text);
            return result.Dataset is not null || result.Problems.Count > 0;
        }, iter: 300);
    }

    // A hang would fail here rather than stall the suite; the bound is generous, not a speed target.
    private static LoadResult LoadWithin(string path)
    {
        var task = Task.Run(() => DatasetReader.LoadFolder(path));
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the loader did not finish");
        return task.Result;
    }
}
