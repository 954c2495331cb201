using Caravan.Cli.Output;
using Caravan.Cli.Simulation;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan simulate</c>: Monte Carlo of lots moving through the network under a scenario, or several compared.</summary>
public sealed class SimulateCommand(IAnsiConsole console) : Command<SimulateSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        var options = settings.Options();
        foreach (var id in settings.Commodities)
        {
            if (dataset.FindCommodity(id) is null)
                throw new CaravanException($"unknown commodity '{id}'; known: {string.Join(", ", dataset.Commodities.Select(c => c.Id))}");
        }
        var models = new List<SimulationModel>();
        foreach (var applied in Scenarios(settings, dataset))
        {
            try
            {
                models.Add(SimulationModel.Compile(applied, options, baseline: models.FirstOrDefault(), scenario: Label(applied)));
            }
            catch (ArgumentException e)
            {
                throw new CaravanException($"scenario '{Label(applied)}': {e.Message}");
            }
        }
        if (models.All(m => m.OdPairCount == 0))
            throw new CaravanException("nothing to simulate: no supply point reaches a demand point of its commodity");
        if (models.Select(m => m.WorkProblem()).FirstOrDefault(p => p is not null) is { } tooMuch)
            throw new CaravanException(tooMuch.Replace("lotTonnes", "--lot-tonnes", StringComparison.Ordinal));

        List<SimulationRun> runs;
        try
        {
            runs = Simulate(models, settings, cancellationToken);
        }
        catch (SimulationLimitException e)
        {
            throw new CaravanException(e.Message.Replace("lotTonnes", "--lot-tonnes", StringComparison.Ordinal));
        }
        if (settings.Reproducible)
            runs = runs.Select(r => r.WithoutWallTime()).ToList();
        if (settings.Plot is { } folder)
            SimulationPlots.Write(folder, runs);

        if (settings.Compare)
        {
            var comparison = SimulationComparison.Of(runs);
            if (settings.Json)
                JsonOutput.Write(console, comparison);
            else
                SimulationTables.WriteComparison(console, comparison);
            return 0;
        }
        if (settings.Json)
            JsonOutput.Write(console, runs[0].Result);
        else
            SimulationTables.Write(console, runs[0].Result);
        return 0;
    }

    /// <summary>
    /// Without <c>--compare</c> every <c>--scenario</c> composes into one run (applied in order); with it
    /// the baseline runs first and each other scenario is applied alone to the same dataset.
    /// </summary>
    private static IEnumerable<AppliedScenario> Scenarios(SimulateSettings settings, Dataset dataset)
    {
        var scenarios = settings.ResolveScenarios(dataset, settings.Scenarios);
        if (!settings.Compare)
            return [ScenarioApplier.Apply(dataset, scenarios)];
        var others = scenarios.Where(s => !IsBaseline(s.Name)).DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase);
        return others.Select(s => ScenarioApplier.Apply(dataset, [s])).Prepend(AppliedScenario.None(dataset));
    }

    /// <summary>The scenarios' names joined with '+', leaving out "baseline" (which changes nothing); "baseline" when none is left.</summary>
    private static string Label(AppliedScenario applied) =>
        applied.Names.Where(n => !IsBaseline(n)).ToArray() is { Length: > 0 } names ? string.Join("+", names) : "baseline";

    private static bool IsBaseline(string name) => string.Equals(name, "baseline", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs each model, with a progress bar only on an interactive terminal and never around JSON.</summary>
    private List<SimulationRun> Simulate(List<SimulationModel> models, SimulateSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Json || !console.Profile.Capabilities.Interactive)
            return models.Select(m => MonteCarlo.Run(m, cancellationToken: cancellationToken)).ToList();
        var runs = new List<SimulationRun>();
        console.Progress().Start(progress =>
        {
            foreach (var model in models)
            {
                var task = progress.AddTask($"simulating {Markup.Escape(model.Scenario)}", maxValue: model.Options.Replications);
                runs.Add(MonteCarlo.Run(model, new ProgressReport(done => task.Value = done), cancellationToken: cancellationToken));
                task.Value = task.MaxValue;
            }
        });
        return runs;
    }

    /// <summary>Reports progress on the calling thread at once (Progress&lt;T&gt; would post to the thread pool and lag).</summary>
    private sealed class ProgressReport(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
