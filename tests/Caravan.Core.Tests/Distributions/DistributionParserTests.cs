using Caravan.Core.Distributions;

namespace Caravan.Core.Tests.Distributions;

public sealed class DistributionParserTests
{
    [Theory]
    [InlineData("fixed(5)", 5)]
    [InlineData("7.5", 7.5)]
    [InlineData("exp(12)", 12)]
    [InlineData("tri(18,20,31)", 23)]
    [InlineData("logn(40,10)", 40)]
    [InlineData("uni(2,4)", 3)]
    [InlineData("emp(1;2;3;6)", 3)]
    [InlineData(" TRI( 1 , 2 , 3 ) ", 2)]
    [InlineData("shift(fixed(5),3)", 8)]
    [InlineData("", 0)]
    public void Parse_ValidSyntax_GivesExpectedMean(string text, double mean)
    {
        Assert.True(DistributionParser.TryParse(text, out var d, out var error), error);
        Assert.Equal(mean, d.Mean, 9);
    }

    [Theory]
    [InlineData("tri(3,2,1)", "min ≤ mode ≤ max")]
    [InlineData("tri(1,2)", "takes 3 argument")]
    [InlineData("gamma(1,2)", "unknown distribution 'gamma'")]
    [InlineData("fixed(-1)", "≥ 0")]
    [InlineData("exp(0)", "exp")]
    [InlineData("logn(10,0)", "logn")]
    [InlineData("tri(a,b,c)", "'a' is not a number")]
    [InlineData("fixed(5", "expected")]
    [InlineData("emp()", "not a number")]
    public void Parse_BadSyntax_SaysWhy(string text, string reason)
    {
        Assert.False(DistributionParser.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fixed(5)")]
    [InlineData("exp(12.5)")]
    [InlineData("tri(18,20,31)")]
    [InlineData("logn(40,10)")]
    [InlineData("uni(2,4)")]
    [InlineData("emp(1;2;3;6)")]
    public void Syntax_RoundTrips(string text)
    {
        var d = Distribution.Parse(text);
        Assert.Equal(d, Distribution.Parse(d.Syntax));
    }
}
