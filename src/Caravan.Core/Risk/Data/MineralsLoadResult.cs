using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>The outcome of loading the <c>minerals/</c> tables.</summary>
/// <param name="Data">The tables, when they loaded without a problem.</param>
/// <param name="Problems">Every problem found, located as file:line:column.</param>
/// <param name="Found">False when the source has no <c>minerals/production.csv</c> at all.</param>
public sealed record MineralsLoadResult(MineralsData? Data, IReadOnlyList<Problem> Problems, bool Found)
{
    /// <summary>True when the tables were found and loaded clean.</summary>
    public bool Ok => Data is not null && Problems.Count == 0;
}
