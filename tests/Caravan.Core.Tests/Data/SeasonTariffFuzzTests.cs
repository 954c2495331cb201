using Caravan.Core.Data;
using Caravan.Core.Network;
using CsCheck;

namespace Caravan.Core.Tests.Data;

/// <summary>Random text in month profiles and in tariffs.csv never makes the loader throw: it answers with problems.</summary>
public sealed class SeasonTariffFuzzTests
{
    private const string Tariffs = "country,mode,usd_per_t_km,operator,year,estimate,notes\nKZ,rail,0.04,KTZ,2025,true,rate\nCN,rail,0.02,,,false,\n";

    [Fact]
    public void TryParse_RandomText_NeverThrowsAndAcceptsOnlyTwelveNonNegativeNumbers()
    {
        var parts = Gen.OneOf<string>("1", "0", "0.5", "-1", "x", "", " ", "1e400", "NaN", ";", "∞", "\u0000");
        parts.Array[0, 30].Select(p => string.Join(';', p)).Sample(text =>
        {
            var profile = MonthProfile.TryParse(text, out var error);
            return profile is null
                ? error.Length > 0
                : profile.Values.Count == 12 && profile.Values.All(v => v >= 0 && double.IsFinite(v));
        }, iter: 500);
    }

    [Fact]
    public void Load_NoiseInTariffsOrMonthColumns_ReturnsProblemsNeverThrows()
    {
        using var folder = new FixtureFolder();
        var nodes = File.ReadAllText(folder.File("nodes.csv"))
            .Replace("licensed_classes,notes\n", "licensed_classes,notes,capacity_month_factors\n", StringComparison.Ordinal);
        nodes = string.Join('\n', nodes.Split('\n').Select((l, i) => i == 0 || l.Length == 0 ? l : l + ",1;1;1;1;1;1;1;1;1;1;1;1"));
        var originals = new Dictionary<string, string> { ["tariffs.csv"] = Tariffs, ["nodes.csv"] = nodes };
        foreach (var (file, text) in originals)
            File.WriteAllText(folder.File(file), text);
        var clean = DatasetReader.LoadFolder(folder.Path);
        Assert.True(clean.Dataset is not null, string.Join('\n', clean.Problems));
        Assert.Equal(1, clean.Dataset.FindNode("JPYOK")!.CapacityMonthFactors![0]);
        var tables = originals.Keys.ToArray();
        var tokens = Gen.OneOf<string>("\"", ",", "\n", ";", "-1", "NaN", "1e999", "rail", "KZ", ";;;;", "\uFEFF", "x");
        Gen.Select(Gen.Int[0, tables.Length - 1], Gen.Int[0, 600], tokens.Array[1, 6]).Sample((table, at, inserted) =>
        {
            var text = originals[tables[table]];
            var position = Math.Min(at, text.Length);
            File.WriteAllText(folder.File(tables[table]), text[..position] + string.Concat(inserted) + text[position..]);
            var task = Task.Run(() => DatasetReader.LoadFolder(folder.Path));
            Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the loader did not finish");
            File.WriteAllText(folder.File(tables[table]), text);
            return task.Result.Dataset is not null || task.Result.Problems.Count > 0;
        }, iter: 300);
    }
}
