using Caravan.Core.Investment;
using Caravan.Core.Risk;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Data;

/// <summary>
/// Checks a whole dataset source: the core tables and, once they load, every companion table the
/// commands read later — the minerals tables, the scenario files and the candidate projects — so
/// one <c>caravan data validate</c> finds every problem a later command would stop on.
/// </summary>
public sealed record DatasetAudit
{
    /// <summary>The core dataset; null when its tables have problems.</summary>
    public Dataset? Dataset { get; init; }

    /// <summary>Every problem found, core tables first, each with file, line and column.</summary>
    public required IReadOnlyList<Problem> Problems { get; init; }

    /// <summary>Likely mistakes that do not stop loading, located like problems; empty when the core tables failed.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    /// <summary>Scenarios that read clean (0 when the core tables failed).</summary>
    public int Scenarios { get; init; }

    /// <summary>Candidate projects that read clean (0 when absent or the core tables failed).</summary>
    public int Projects { get; init; }

    /// <summary>Minerals with production rows; null when the source has no minerals tables.</summary>
    public int? Minerals { get; init; }

    /// <summary>True when nothing is wrong.</summary>
    public bool Ok => Dataset is not null && Problems.Count == 0;

    /// <summary>Audits <paramref name="source"/>.</summary>
    public static DatasetAudit Run(IDatasetSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var core = DatasetReader.Load(source);
        if (core.Dataset is not { } dataset)
            return new DatasetAudit { Problems = core.Problems };

        var problems = new List<Problem>(core.Problems);
        var catalog = ScenarioCatalog.From(source);
        problems.AddRange(catalog.Problems);
        problems.AddRange(ScenarioApplier.Validate(dataset, catalog.Scenarios));
        var projects = ProjectReader.Load(source, dataset);
        problems.AddRange(projects.Problems);
        var minerals = MineralsReader.Load(source);
        problems.AddRange(minerals.Problems);
        return new DatasetAudit
        {
            Dataset = dataset,
            Problems = problems,
            Warnings = core.Warnings,
            Scenarios = catalog.Scenarios.Count,
            Projects = projects.Projects?.Count ?? 0,
            Minerals = minerals.Found ? minerals.Data?.Production.Select(p => p.Mineral).Distinct().Count() ?? 0 : null,
        };
    }
}
