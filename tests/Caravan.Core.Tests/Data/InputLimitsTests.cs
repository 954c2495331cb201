using Caravan.Core.Data;

namespace Caravan.Core.Tests.Data;

/// <summary>CSV tables past the input limits or the sane ranges give located problems; nothing reads unbounded.</summary>
public sealed class InputLimitsTests
{
    // Each row puts 1e308 (or another absurd value) into one numeric column of the valid fixture.
    public static TheoryData<string, string, string, string, string> Absurd => new()
    {
        { "links.csv", "5000,,,KZ", "1e308,,,KZ", "links.csv:2:9", "'capacity_t_per_day' must be more than 0 and at most 1,000,000,000, got 1e308" },
        { "links.csv", "rail,true,1200", "rail,true,1e308", "links.csv:2:6", "'distance_km' must be more than 0 and at most 40,075, got 1e308" },
        { "links.csv", ",40,5000", ",1e308,5000", "links.csv:2:8", "'cost_usd_per_t' must be between 0 and 1,000,000, got 1e308" },
        { "links.csv", ",3,,CN;JP", ",1e308,,CN;JP", "links.csv:4:10", "'departures_per_week' must be more than 0 and at most 10,080, got 1e308" },
        { "links.csv", "4000,,,KZ;CN", "4000,,1e308,KZ;CN", "links.csv:3:11", "'co2_g_per_tkm' must be between 0 and 10,000, got 1e308" },
        { "nodes.csv", "3000,4,paper", "3000,1e308,paper", "nodes.csv:3:10", "'servers' must be more than 0 and at most 100,000, got 1e308" },
        { "nodes.csv", "KZ,52.29,76.97,5,", "KZ,52.29,76.97,1e308,", "nodes.csv:2:7", "'handling_cost_usd_per_t' must be between 0 and 1,000,000, got 1e308" },
        { "nodes.csv", "true,2,", "true,1e308,", "nodes.csv:3:15", "'closures_per_year' must be between 0 and 365, got 1e308" },
        { "commodities.csv", "811292,400000", "811292,1e308", "commodities.csv:2:4", "'value_usd_per_t' must be more than 0 and at most 10,000,000,000, got 1e308" },
        { "supply.csv", "KZPAV,gallium,15", "KZPAV,gallium,1e308", "supply.csv:2:3", "'tonnes_per_year' must be more than 0 and at most 10,000,000,000, got 1e308" },
        { "demand.csv", "jp-customer,gallium,15,30", "jp-customer,gallium,15,1e308", "demand.csv:2:4", "'safety_stock_days' must be between 0 and 3,650, got 1e308" },
        { "countries.csv", "-0.27,2023", "-0.27,1e308", "countries.csv:2:9", "'wgi_year' must be more than 0 and at most 2,100, got 1e308" },
        { "chokepoints.csv", "129.5,,,", "129.5,1e308,\"fixed(1)\",", "chokepoints.csv:2:5", "'closures_per_year' must be between 0 and 365, got 1e308" },
        { "links.csv", "\"tri(30,36,48)\"", "\"tri(30,36,1e308)\"", "links.csv:2:7", "parameters must be ≥ 0 and ≤ 1,000,000" },
    };

    [Theory]
    [MemberData(nameof(Absurd))]
    public void Load_AbsurdNumber_LocatedProblem(string file, string find, string replace, string location, string message)
    {
        using var folder = new FixtureFolder();
        folder.Replace(file, find, replace);

        var problems = DatasetReader.LoadFolder(folder.Path).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith(Path.Combine(folder.Path, location), StringComparison.Ordinal) && p.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RowWithFewerFieldsThanTheHeader_LocatedProblem()
    {
        using var folder = new FixtureFolder();
        folder.Replace("supply.csv", "KZPAV,u3o8,100,", "KZPAV,u3o8");

        var problems = DatasetReader.LoadFolder(folder.Path).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains($"{folder.File("supply.csv")}:3:3: row has 2 fields but the header has 4; write empty fields for the missing ones", problems);
    }

    [Fact]
    public void Load_QuoteLeftOpen_ReportedOnTheLineItOpens()
    {
        using var folder = new FixtureFolder();
        folder.Replace("commodities.csv", "false,0.1,gallium,", "false,0.1,gallium,\"never closed");

        var problems = DatasetReader.LoadFolder(folder.Path).Problems.Select(p => p.ToString()).ToList();

        Assert.True(problems.Any(p => p.StartsWith($"{folder.File("commodities.csv")}:2:", StringComparison.Ordinal) && p.Contains("malformed CSV", StringComparison.Ordinal)),
            string.Join('\n', problems));
    }

    [Theory]
    [InlineData("dangling")]
    [InlineData("loop")]
    [InlineData("device")]
    public void Load_TableIsABrokenLinkOrADevice_ProblemNamingTheTable(string kind)
    {
        using var folder = new FixtureFolder();
        var table = folder.File("links.csv");
        File.Delete(table);
        File.CreateSymbolicLink(table, kind switch
        {
            "dangling" => folder.File("gone.csv"),
            "loop" => table,
            _ => "/dev/zero",
        });

        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Null(result.Dataset);
        Assert.Contains(result.Problems, p => p.File == table && (p.Message.StartsWith("cannot read", StringComparison.Ordinal) || p.Message.Contains("longer than the limit", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_MoreRowsThanTheLimit_StopsWithAProblem()
    {
        var problems = new List<Problem>();
        var text = "node,commodity,tonnes_per_year\n" + string.Concat(Enumerable.Repeat("a,b,1\n", 10));

        var table = CsvTable.Read(new StringReader(text), "supply.csv", TableSchema.Supply, problems, new InputLimits { MaxRows = 4 });

        Assert.Equal(4, table.Rows.Count);
        Assert.Equal("supply.csv:6:1: the table has more than 4 rows", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Read_MoreFieldsThanTheLimit_StopsWithAProblem()
    {
        var problems = new List<Problem>();
        var text = "node,commodity,tonnes_per_year\na,b,1\n" + string.Join(',', Enumerable.Repeat("x", 20)) + "\na,b,2\n";

        var table = CsvTable.Read(new StringReader(text), "supply.csv", TableSchema.Supply, problems, new InputLimits { MaxFields = 8 });

        Assert.Single(table.Rows);
        Assert.Equal("supply.csv:3:9: row has 20 fields; the limit is 8", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Read_FieldLongerThanTheLimit_Problem()
    {
        var problems = new List<Problem>();
        var text = "node,commodity,tonnes_per_year\na,b,1\na," + new string('b', 100) + ",1\n";

        CsvTable.Read(new StringReader(text), "supply.csv", TableSchema.Supply, problems, new InputLimits { MaxFieldChars = 50 });

        Assert.Contains(problems, p => p.File == "supply.csv" && p.Line == 3 && p.Message == "a field is longer than the limit of 50 characters");
    }

    [Fact]
    public void Read_DocumentLargerThanTheLimit_Problem()
    {
        var problems = new List<Problem>();
        var text = "node,commodity,tonnes_per_year\n" + string.Concat(Enumerable.Repeat("a,b,1\n", 1000));

        CsvTable.Read(new StringReader(text), "supply.csv", TableSchema.Supply, problems, new InputLimits { MaxDocumentChars = 1000 });

        Assert.Contains(problems, p => p.File == "supply.csv" && p.Message.Contains("larger than the limit of 1,000 characters", StringComparison.Ordinal));
    }
}
