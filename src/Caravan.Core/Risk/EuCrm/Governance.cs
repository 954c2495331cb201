using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>
/// Countries' governance (WGI) for the risk method: the dataset's <c>countries.csv</c> first, then the
/// minerals table <c>minerals/governance.csv</c> for producers the network does not contain. A country in
/// neither (or without all six indicators) has no data, which the method never reads as zero risk.
/// </summary>
public sealed class Governance
{
    private readonly Dictionary<string, (double Mean, int? Year, string Source)> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Combines the two tables; <paramref name="datasetCountries"/> wins where both have a full set of indicators.</summary>
    public Governance(IEnumerable<Country> datasetCountries, IEnumerable<Country> mineralsCountries)
    {
        foreach (var country in mineralsCountries)
            Add(country, "minerals/governance.csv");
        foreach (var country in datasetCountries)
            Add(country, "countries.csv");
    }

    /// <summary>The six-indicator WGI mean, or null.</summary>
    public double? Mean(string code) => _byCode.TryGetValue(code, out var v) ? v.Mean : null;

    /// <summary>The WGI on the EU 0–10 scale (10 = weakest), or null.</summary>
    public double? Scaled(string code) => Mean(code) is { } mean ? EuCrmMethod.ScaleWgi(mean) : null;

    /// <summary>Which table the value came from and its year, for reports; null when unknown.</summary>
    public string? SourceOf(string code) =>
        _byCode.TryGetValue(code, out var v) ? $"{v.Source}{(v.Year is { } y ? $", WGI {y}" : "")}" : null;

    /// <summary>The country's name where a table gives one, else the code.</summary>
    public string Name(string code) => _names.GetValueOrDefault(code, code);

    private void Add(Country country, string source)
    {
        if (country.Name.Length > 0 && country.Name != country.Code)
            _names[country.Code] = country.Name;
        if (country.Wgi.Mean is { } mean)
            _byCode[country.Code] = (mean, country.WgiYear, source);
    }
}
