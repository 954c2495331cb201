using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Cli.Simulation;
using Caravan.Core.Simulation;
using Caravan.Questions;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;
using Caravan.Questions.Simulations;
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
        var question = Ask.Question(SimulationQuestion.ParseAsync(settings.Fields(), settings.Shelf(dataset), QuestionLimits.Default, cancellationToken,
            settings.Scenarios, settings.Threads, traceQueues: settings.Plot is not null), "Invalid simulation", settings);
        IReadOnlyList<SimulationRun> runs;
        try
        {
            runs = Simulate(question, settings, cancellationToken);
        }
        catch (SimulationLimitException e)
        {
            // A replication went past a work limit the model's estimate did not foresee.
            throw new CaravanException(e.Message.Replace("lotTonnes", "--lot-tonnes", StringComparison.Ordinal));
        }
        if (settings.Reproducible)
            runs = [.. runs.Select(r => r.WithoutWallTime())];
        if (settings.Plot is { } folder)
            SimulationPlots.Write(folder, runs);

        if (question.Compare)
        {
            var comparison = SimulationComparison.Of(runs);
            if (settings.Json)
                JsonOutput.Write(console, comparison);
            else
                SimulationTables.WriteComparison(console, comparison);
            return 0;
        }
        if (settings.Json)
            JsonOutput.Write(console, SimulationAnswer.Of(runs[0]));
        else
            SimulationTables.Write(console, runs[0].Result);
        return 0;
    }

    /// <summary>Runs the models, with a progress bar only on an interactive terminal and never around JSON.</summary>
    private IReadOnlyList<SimulationRun> Simulate(SimulationQuestion question, SimulateSettings settings, CancellationToken cancellationToken)
    {
        if (settings.OnCluster)
            return ClusterRun.Simulate(console, question, settings, cancellationToken);
        if (settings.Json || !console.Profile.Capabilities.Interactive)
            return question.Run(null, cancellationToken);
        IReadOnlyList<SimulationRun> runs = [];
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask($"simulating {Markup.Escape(string.Join(", ", question.Models.Select(m => m.Scenario)))}", maxValue: question.TotalReplications);
            runs = question.Run(new ProgressRelay(done => task.Value = Math.Max(task.Value, done)), cancellationToken);
            task.Value = task.MaxValue;
        });
        return runs;
    }
}
