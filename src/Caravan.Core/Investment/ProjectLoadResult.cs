using Caravan.Core.Data;

namespace Caravan.Core.Investment;

/// <summary>The outcome of reading a dataset's candidate projects: the projects when they read clean, else every problem.</summary>
/// <param name="Projects">The projects in file order (empty when the dataset has none), or null on problems.</param>
/// <param name="Problems">What is wrong, located as file:line:column.</param>
public sealed record ProjectLoadResult(IReadOnlyList<Project>? Projects, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when the projects read clean.</summary>
    public bool Ok => Projects is not null && Problems.Count == 0;
}
