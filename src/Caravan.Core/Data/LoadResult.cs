namespace Caravan.Core.Data;

/// <summary>The outcome of loading: a dataset when there is no problem at all, else every problem found.</summary>
public sealed record LoadResult(Dataset? Dataset, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when the dataset loaded clean.</summary>
    public bool Ok => Dataset is not null && Problems.Count == 0;
}
