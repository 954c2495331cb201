using Caravan.Core.Data;
using Caravan.Core.Scenarios;

namespace Caravan.Questions.Scenarios;

/// <summary>
/// Where a host finds the scenarios a question names: the command line in the dataset's catalog and
/// in files, the server in the dataset's catalog and in the stored scenarios the caller may see.
/// </summary>
public interface IScenarioShelf
{
    /// <summary>The dataset before any scenario.</summary>
    Dataset Dataset { get; }

    /// <summary>The scenarios the dataset ships (the default set of an investment question).</summary>
    IReadOnlyList<Scenario> Shipped { get; }

    /// <summary>One scenario by name, unapplied and checked against the dataset, or what is wrong with the name.</summary>
    ValueTask<ScenarioFind> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>The dataset with the named scenarios applied in order ("baseline" or none: the dataset as it is), or every problem.</summary>
    ValueTask<ScenarioPick> ApplyAsync(IReadOnlyList<string> names, CancellationToken cancellationToken);
}
