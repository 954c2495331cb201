using Caravan.Core.Data;
using Caravan.Core.Rules;
using Caravan.Core.Tests.Data;

namespace Caravan.Core.Tests.Rules;

/// <summary>trade-rules.csv and contracts.csv: read from a dataset folder, every bad row a located problem.</summary>
public sealed class TradeTableTests
{
    public const string Rules = """
        id,kind,measure,authority,country,commodity,mineral,hazard_class,importers,share,tonnes_per_year,start,end,source,notes
        cn-transit-7,sanction,no_transit,UN,CN,,,7,,,,2016-01-16,,test source,
        cn-gallium-quota,export_licence,quota,CN,KZ,gallium,,,JP,0.5,,2023-08,,test source,
        """;

    public const string Contracts = """
        id,supplier,buyer,commodity,tonnes_per_year,start,end,source,notes
        pav-tokyo,KZPAV,jp-customer,gallium,10,2026-07-01,,test source,
        """;

    internal static FixtureFolder Folder(string? rules = Rules, string? contracts = Contracts)
    {
        var folder = new FixtureFolder();
        if (rules is not null)
            File.WriteAllText(folder.File("trade-rules.csv"), rules);
        if (contracts is not null)
            File.WriteAllText(folder.File("contracts.csv"), contracts);
        return folder;
    }

    [Fact]
    public void Load_RulesAndContracts_Read()
    {
        using var folder = Folder();
        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.True(result.Dataset is not null, string.Join('\n', result.Problems));
        var rule = result.Dataset.TradeRules[0];
        Assert.Equal((TradeRuleKind.Sanction, TradeMeasure.NoTransit, "7"), (rule.Kind, rule.Measure, rule.HazardClass));
        Assert.Equal(new DateOnly(2023, 8, 1), result.Dataset.TradeRules[1].Start); // month precision: the first of the month
        Assert.Equal(0.5, result.Dataset.TradeRules[1].Share);
        Assert.Equal("KZPAV", Assert.Single(result.Dataset.Contracts).Supplier);
    }

    [Fact]
    public void Load_WithoutTheTables_NoRulesNoContracts()
    {
        using var folder = Folder(null, null);
        var result = DatasetReader.LoadFolder(folder.Path);
        Assert.Empty(result.Dataset!.TradeRules);
        Assert.Empty(result.Dataset.Contracts);
    }

    [Theory]
    [InlineData("sanction,no_transit,UN,CN,", "sanction,no_transit,UN,XX,", "trade-rules.csv:2:5", "unknown country 'XX'")]
    [InlineData(",,JP,0.5", ",,JX,0.5", "trade-rules.csv:3:9", "unknown country 'JX'")]
    [InlineData("KZ,gallium,", "KZ,galium,", "trade-rules.csv:3:6", "unknown commodity 'galium'")]
    [InlineData(",,,7,", ",,,9,", "trade-rules.csv:2:8", "unknown hazard class (no commodity in commodities.csv has it) '9'")]
    [InlineData("JP,0.5,", "JP,1.5,", "trade-rules.csv:3:10", "'share' must be between 0 and 1, got 1.5")]
    [InlineData("JP,0.5,", "JP,-0.1,", "trade-rules.csv:3:10", "'share' must be between 0 and 1, got -0.1")]
    [InlineData("2016-01-16,,", "2016-13-16,,", "trade-rules.csv:2:12", "'start' must be a date")]
    [InlineData("2016-01-16,,", "2016-01-16,2015-01-01,", "trade-rules.csv:2:13", "must come after 'start'")]
    [InlineData("no_transit,UN", "no_trnsit,UN", "trade-rules.csv:2:3", "unknown measure 'no_trnsit'")]
    [InlineData("JP,0.5,,", "JP,,,", "trade-rules.csv:3:10", "a quota needs 'share'")]
    [InlineData("cn-gallium-quota", "cn-transit-7", "trade-rules.csv:3:1", "duplicate trade rule 'cn-transit-7'")]
    public void Load_BadRule_LocatedProblem(string find, string replace, string location, string message) =>
        AssertProblem(Folder(Rules.Replace(find, replace, StringComparison.Ordinal)), location, message);

    [Fact]
    public void Load_OverlappingRulesOfOneAuthority_LocatedAtTheLaterRow() =>
        AssertProblem(Folder(Rules + "\ncn-transit-7b,sanction,no_transit,UN,CN,,,7,,,,2020-01-01,,another source,\n"),
            "trade-rules.csv:4:12", "overlaps rule 'cn-transit-7' (line 2)");

    [Fact]
    public void Load_SuccessiveRulesOfOneAuthority_Accepted()
    {
        using var folder = Folder(Rules.Replace("2016-01-16,,", "2016-01-16,2020-01-01,", StringComparison.Ordinal)
            + "\ncn-transit-7b,sanction,no_transit,UN,CN,,,7,,,,2020-01-01,,another source,\n");
        Assert.Empty(DatasetReader.LoadFolder(folder.Path).Problems);
    }

    [Theory]
    [InlineData("KZPAV,jp", "KZPAX,jp", "contracts.csv:2:2", "unknown node 'KZPAX'")]
    [InlineData("jp-customer,gallium", "jp-customer,gallim", "contracts.csv:2:4", "unknown commodity 'gallim'")]
    [InlineData("KZPAV,jp-customer", "CNLYG,jp-customer", "contracts.csv:2:2", "has no supply of 'gallium'")]
    [InlineData("jp-customer,gallium", "JPYOK,gallium", "contracts.csv:2:3", "has no demand for 'gallium'")]
    [InlineData("gallium,10,", "gallium,-10,", "contracts.csv:2:5", "'tonnes_per_year' must be positive")]
    [InlineData("2026-07-01,,", "2026-07-01,2026-01-01,", "contracts.csv:2:7", "must come after 'start'")]
    public void Load_BadContract_LocatedProblem(string find, string replace, string location, string message) =>
        AssertProblem(Folder(contracts: Contracts.Replace(find, replace, StringComparison.Ordinal)), location, message);

    [Fact]
    public void Load_OverlappingContracts_LocatedProblem() =>
        AssertProblem(Folder(contracts: Contracts + "\npav-tokyo-2,KZPAV,jp-customer,gallium,5,2027-01-01,,test,\n"),
            "contracts.csv:3:6", "overlaps contract 'pav-tokyo'");

    [Fact]
    public void Load_BuiltIn_HasSourcedRulesAndContracts()
    {
        var dataset = DatasetReader.BuiltIn();
        Assert.Contains(dataset.TradeRules, r => r.Id == "unscr-2231-ir-nuclear");
        Assert.Contains(dataset.TradeRules, r => r.Id == "cn-gallium-licence-jp" && r.TonnesPerYear == 10);
        Assert.All(dataset.TradeRules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(dataset.Contracts, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }

    private static void AssertProblem(FixtureFolder folder, string location, string message)
    {
        using (folder)
        {
            var result = DatasetReader.LoadFolder(folder.Path);
            Assert.Null(result.Dataset);
            var shown = result.Problems.Select(p => p.ToString().Replace(folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)).ToList();
            Assert.True(shown.Any(p => p.StartsWith(location, StringComparison.Ordinal) && p.Contains(message, StringComparison.Ordinal)),
                $"expected {location}: …{message}… in\n{string.Join('\n', shown)}");
        }
    }
}
