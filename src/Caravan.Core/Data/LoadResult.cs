namespace Caravan.Core.Data;

/// <summary>The outcome of loading: a dataset when there is no problem at all, else every problem found.</summary>
public sealed record LoadResult(Dataset? Dataset, IReadOnlyList<Problem> Problems)
{
    /// <summary>Likely mistakes that do not stop the dataset from loading (e.g. a border link far longer than its ends are apart), located like problems.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    /// <summary>True when the dataset loaded clean.</summary>
    public bool Ok => Dataset is not null && Problems.Count == 0;
}
