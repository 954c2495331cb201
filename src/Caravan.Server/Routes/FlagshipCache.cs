using System.Runtime.CompilerServices;
using Caravan.Core.Data;
using Caravan.Questions.Contracts;

namespace Caravan.Server.Routes;

/// <summary>
/// The flagship comparison of one shipment size (1 t) per dataset in use, kept while that dataset
/// lives: the comparison is fixed for a dataset, and the dashboard asks for it on every visit. Keyed
/// by the dataset itself (the served one, or a scenario's, which the scenario book keeps at most 32
/// of), so two servers, or two datasets, never see each other's answer.
/// </summary>
public sealed class FlagshipCache
{
    private readonly ConditionalWeakTable<Dataset, IReadOnlyList<FlagshipCase>> _cases = [];

    /// <summary>The cases for <paramref name="dataset"/>, computed by <paramref name="compute"/> the first time.</summary>
    public IReadOnlyList<FlagshipCase> For(Dataset dataset, Func<IReadOnlyList<FlagshipCase>> compute) =>
        _cases.GetValue(dataset, _ => compute());
}
