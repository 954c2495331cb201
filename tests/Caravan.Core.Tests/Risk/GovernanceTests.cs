using Caravan.Core.Data;
using Caravan.Core.Risk;

namespace Caravan.Core.Tests.Risk;

public sealed class GovernanceTests
{
    private static Country C(string code, double? mean) => new()
    {
        Code = code,
        Name = code,
        Wgi = new WgiEstimates
        {
            VoiceAccountability = mean,
            PoliticalStability = mean,
            GovernmentEffectiveness = mean,
            RegulatoryQuality = mean,
            RuleOfLaw = mean,
            ControlOfCorruption = mean,
        },
        WgiYear = 2023,
    };

    [Fact]
    public void Scaled_DatasetCountryWithWgi_WinsOverMineralsTable()
    {
        var governance = new Governance([C("CN", 0.0)], [C("CN", -0.29)]);

        Assert.Equal(5.0, governance.Scaled("CN"));
        Assert.Equal("countries.csv, WGI 2023", governance.SourceOf("CN"));
    }

    [Fact]
    public void Scaled_DatasetCountryWithoutWgi_FallsBackToMineralsTable()
    {
        var governance = new Governance([C("BO", null)], [C("BO", -0.74)]);

        Assert.Equal(6.48, governance.Scaled("BO")!.Value, 9);
        Assert.Equal("minerals/governance.csv, WGI 2023", governance.SourceOf("BO"));
    }

    [Fact]
    public void Scaled_CountryInNeither_IsNoData()
    {
        var governance = new Governance([C("KZ", -0.3)], []);

        Assert.Null(governance.Scaled("XX"));
        Assert.Null(governance.SourceOf("XX"));
    }

    [Fact]
    public void Scaled_BuiltInDatasetAndMinerals_AgreeOnKazakhstan()
    {
        var dataset = DatasetReader.BuiltIn();
        var governance = new Governance(dataset.Countries, MineralsReader.BuiltIn().Governance);

        Assert.Equal(5.59, governance.Scaled("KZ")!.Value, 2);
        Assert.Equal(7.24, governance.Scaled("TJ")!.Value, 2);
    }
}
