using System.Globalization;
using System.Reflection;
using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Tests.Architecture;

namespace Caravan.Core.Tests.Data;

/// <summary>docs/dataset.md states every range and limit the readers enforce, with the numbers the code uses.</summary>
public sealed class FieldLimitsDocsTests
{
    private static string Section()
    {
        var text = File.ReadAllText(Path.Combine(CoreDependencyTests.RepositoryRoot(), "docs", "dataset.md"));
        var start = text.IndexOf("## Ranges and limits", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/dataset.md has no 'Ranges and limits' section");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    public static TheoryData<string, double> Limits()
    {
        var data = new TheoryData<string, double>();
        foreach (var field in typeof(FieldLimits).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            data.Add(field.Name, (double)field.GetRawConstantValue()!);
        var input = InputLimits.Default;
        data.Add(nameof(input.MaxDocumentChars), input.MaxDocumentChars);
        data.Add(nameof(input.MaxRows), input.MaxRows);
        data.Add(nameof(input.MaxFields), input.MaxFields);
        data.Add(nameof(input.MaxFieldChars), input.MaxFieldChars);
        data.Add(nameof(DistributionParser.MaxValue), DistributionParser.MaxValue);
        return data;
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void DatasetDoc_EveryLimit_Stated(string name, double value)
    {
        var shown = value.ToString("#,0.###", CultureInfo.InvariantCulture);

        Assert.True(Section().Contains(shown, StringComparison.Ordinal), $"docs/dataset.md does not state {name} = {shown}");
    }
}
