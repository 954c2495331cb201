using Caravan.Core.Data;

namespace Caravan.Core.Scenarios;

/// <summary>Checks scenarios against a dataset and applies them, in order, to get a new dataset.</summary>
public static class ScenarioApplier
{
    /// <summary>
    /// Every reference in <paramref name="scenarios"/> that <paramref name="dataset"/> does not know, located
    /// in the scenario file. Each scenario is checked against the base dataset, so a later scenario may
    /// name what an earlier one removed (the edit then has nothing to do).
    /// </summary>
    public static IReadOnlyList<Problem> Validate(Dataset dataset, IEnumerable<Scenario> scenarios)
    {
        var problems = new List<Problem>();
        foreach (var scenario in scenarios)
        {
            var check = new ScenarioCheck(dataset, scenario.File.Length > 0 ? scenario.File : scenario.Name, problems);
            foreach (var edit in scenario.Edits)
                edit.Check(check);
        }
        return problems;
    }

    /// <summary>
    /// Applies the scenarios in order. The input dataset is not changed. References to unknown ids are
    /// skipped: call <see cref="Validate"/> first to report them.
    /// </summary>
    public static AppliedScenario Apply(Dataset dataset, IEnumerable<Scenario> scenarios)
    {
        var workspace = new ScenarioWorkspace(dataset);
        var names = new List<string>();
        foreach (var scenario in scenarios)
        {
            workspace.Scenario = scenario.Name;
            foreach (var edit in scenario.Edits)
                edit.Apply(workspace);
            names.Add(scenario.Name);
        }
        return workspace.Build(names);
    }
}
