using Caravan.Core.Data;

namespace Caravan.Core.Tests.Data;

public sealed class DatasetValidationTests
{
    [Fact]
    public void Load_ValidFixture_GivesDatasetWithoutProblems()
    {
        using var folder = new FixtureFolder();
        var result = DatasetReader.LoadFolder(folder.Path);
        Assert.Empty(result.Problems);
        Assert.NotNull(result.Dataset);
        Assert.Equal(5, result.Dataset.Nodes.Count);
        Assert.Equal(7, result.Dataset.Network.ArcCount); // three two-way links and one one-way link
    }

    // Each row breaks the valid fixture in one way and names the problem it must produce.
    public static TheoryData<string, string, string, string, string> Broken => new()
    {
        { "links.csv", "pav-dostyk,KZPAV,", "pav-dostyk,KZPAVX,", "links.csv:2:2", "unknown node 'KZPAVX' (did you mean 'KZPAV'?)" },
        { "nodes.csv", "jp-customer,Tokyo buyer", "JPYOK,Tokyo buyer", "nodes.csv:6:1", "duplicate node 'JPYOK' (first on line 5)" },
        { "links.csv", "5000,,,KZ", "-5000,,,KZ", "links.csv:2:9", "'capacity_t_per_day' must be positive, got -5000" },
        { "links.csv", "4000,,,KZ;CN", "lots,,,KZ;CN", "links.csv:3:9", "'capacity_t_per_day' must be a number, got 'lots'" },
        { "links.csv", "\"tri(30,36,48)\"", "\"tri(48,36,30)\"", "links.csv:2:7", "bad distribution 'tri(48,36,30)'" },
        { "links.csv", "\"tri(30,36,48)\"", "\"triangle(30,36,48)\"", "links.csv:2:7", "unknown distribution 'triangle'" },
        { "links.csv", "yok-customer,JPYOK,jp-customer", "yok-customer,JPYOK,JPYOK", "links.csv:5:3", "link 'yok-customer' goes from node 'JPYOK' to itself" },
        { "nodes.csv", "Yokohama,port,JP", "Yokohama,port,JX", "nodes.csv:5:4", "unknown country 'JX' (did you mean" },
        { "links.csv", "JPYOK,sea", "JPYOK,boat", "links.csv:4:4", "unknown mode 'boat'" },
        { "nodes.csv", "Pavlodar,plant", "Pavlodar,factory", "nodes.csv:2:3", "unknown kind 'factory'" },
        { "nodes.csv", "35.45,139.65", "95.45,139.65", "nodes.csv:5:5", "'lat' must be between -90 and 90, got 95.45" },
        { "nodes.csv", "35.45,139.65", "35.45,189.65", "nodes.csv:5:6", "'lon' must be between -180 and 180, got 189.65" },
        { "nodes.csv", "paper,\"tri(24,48,120)\"", "paper,", "nodes.csv:3:12", "a border needs 'dwell_paper_h'" },
        { "nodes.csv", "4,paper,", "4,,", "nodes.csv:3:11", "a border needs 'customs_regime'" },
        { "nodes.csv", "true,2,\"tri(24,72,168)\"", "true,2,", "nodes.csv:3:16", "'closure_duration_h' is required when closures_per_year > 0" },
        { "nodes.csv", "true,2,", "yes,2,", "nodes.csv:3:14", "'gauge_change' must be true or false, got 'yes'" },
        { "nodes.csv", "3000,4,paper", "3000,4.5,paper", "nodes.csv:3:10", "'servers' must be a whole number" },
        { "demand.csv", "jp-customer,u3o8,100,60,\n", "", "supply.csv:3:2", "supply of 'u3o8' but no node demands it" },
        { "supply.csv", "KZPAV,u3o8,100,\n", "", "demand.csv:3:2", "demand for 'u3o8' but no node supplies it" },
        { "nodes.csv", "50000,6,,,,,,,7,", "50000,6,,,,,,,,", "demand.csv:3:1", "demand node 'jp-customer' cannot be reached from any supply of 'u3o8'" },
        { "links.csv", "yok-customer,JPYOK,jp-customer,road,false", "yok-customer,jp-customer,JPYOK,road,false", "demand.csv:2:1", "demand node 'jp-customer' cannot be reached from any supply of 'gallium'" },
        { "nodes.csv", "jp-customer,Tokyo", "kr-busan,Busan,port,JP,35.1,129.0,,,,,,,,,,,,\njp-customer,Tokyo", "nodes.csv:6:1", "node 'kr-busan' cannot be reached from any supply node" },
        { "chokepoints.csv", "closure_duration_h,notes", "closure_duration_h,note", "chokepoints.csv:1:7", "unknown column 'note' (did you mean 'notes'" },
        { "chokepoints.csv", "id,name,lat", "id,title,lat", "chokepoints.csv:1:1", "missing required column 'name'" },
        { "links.csv", "korea-strait,", "korea-straight,", "links.csv:4:13", "unknown chokepoint 'korea-straight' (did you mean 'korea-strait'?)" },
        { "supply.csv", "KZPAV,u3o8,100,", "KZPAV,u3o8,100,\nKZPAV,gallium,5,", "supply.csv:4:1", "duplicate supply row for 'KZPAV / gallium' (first on line 2)" },
        { "demand.csv", "jp-customer,gallium", "jp-customer,galium", "demand.csv:2:2", "unknown commodity 'galium' (did you mean 'gallium'?)" },
        { "supply.csv", "KZPAV,gallium,15", "KZPAV,gallium,0", "supply.csv:2:3", "'tonnes_per_year' must be positive, got 0" },
        { "supply.csv", "KZPAV,gallium,15,", "KZPAV,gallium,15,\"unterminated", "supply.csv:", "malformed CSV" },
        { "supply.csv", "KZPAV,gallium,15,", "KZPAV,gallium,15,,extra", "supply.csv:2:5", "row has 5 fields but the header has 4" },
        { "commodities.csv", "air,true", "plane,true", "commodities.csv:3:7", "unknown mode 'plane'" },
        { "countries.csv", "-1.00,-0.27", "-3.00,-0.27", "countries.csv:2:3", "'wgi_va' must be between -2.5 and 2.5, got -3.00" },
        { "links.csv", "pav-dostyk,KZPAV,kz-dostyk,rail,true,1200", "pav-dostyk,KZPAV,kz-dostyk,rail,true,0", "links.csv:2:6", "'distance_km' must be positive, got 0" },
        { "links.csv", ",,,JP,,,,,", ",,,,,,,,", "links.csv:5:12", "link 'yok-customer' must list the countries it crosses" },
        { "nodes.csv", "Pavlodar,plant,KZ", ",plant,KZ", "nodes.csv:2:2", "'name' is required" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Load_BrokenFixture_ReportsLocatedProblem(string file, string find, string replace, string location, string message)
    {
        using var folder = new FixtureFolder();
        folder.Replace(file, find, replace);

        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.Null(result.Dataset);
        var rendered = result.Problems.Select(p => p.ToString().Replace(folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)).ToList();
        Assert.Contains(rendered, p => p.StartsWith(location, StringComparison.Ordinal) && p.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rail,true,4200,", "rail,true,9200,", "2.78")]
    [InlineData("rail,true,4200,", "rail,true,2900,", "0.88")]
    public void Load_CrossBorderLinkLengthFarFromGreatCircle_WarnsAndStillLoads(string find, string replace, string ratio)
    {
        using var folder = new FixtureFolder();
        folder.Replace("links.csv", find, replace);

        var result = DatasetReader.LoadFolder(folder.Path);

        Assert.NotNull(result.Dataset);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith("links.csv", warning.File, StringComparison.Ordinal);
        Assert.Equal((3, 6), (warning.Line, warning.Column));
        Assert.Contains($"cross-border link 'dostyk-lyg' is {replace.Split(',')[2]} km long, {ratio}", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'kz-dostyk' and 'CNLYG'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DomesticLinkFarFromGreatCircle_NoWarning()
    {
        using var folder = new FixtureFolder();
        folder.Replace("links.csv", "rail,true,1200,", "rail,true,9999,");
        var result = DatasetReader.LoadFolder(folder.Path);
        Assert.NotNull(result.Dataset);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Load_MissingTable_ReportsMissingFile()
    {
        using var folder = new FixtureFolder();
        File.Delete(folder.File("chokepoints.csv"));
        var result = DatasetReader.LoadFolder(folder.Path);
        Assert.Null(result.Dataset);
        Assert.Contains(result.Problems, p => p.File.EndsWith("chokepoints.csv", StringComparison.Ordinal) && p.Message.Contains("missing file", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingSources_ReportsMissingFile()
    {
        using var folder = new FixtureFolder();
        File.Delete(folder.File("SOURCES.md"));
        var result = DatasetReader.LoadFolder(folder.Path);
        Assert.Contains(result.Problems, p => p.File.EndsWith("SOURCES.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOne()
    {
        using var folder = new FixtureFolder();
        folder.Replace("links.csv", "5000,,,KZ", "-5000,,,KZ");
        folder.Replace("nodes.csv", "Yokohama,port,JP", "Yokohama,port,JX");
        folder.Replace("supply.csv", "KZPAV,gallium,15", "KZPAV,gallium,zero");
        var result = DatasetReader.LoadFolder(folder.Path);
        Assert.True(result.Problems.Count >= 3);
    }

    [Fact]
    public void Load_MissingFolder_IsAProblemNotAnException()
    {
        var result = DatasetReader.LoadFolder("/nonexistent/caravan");
        Assert.Single(result.Problems);
        Assert.Contains("not found", result.Problems[0].Message, StringComparison.Ordinal);
    }
}
