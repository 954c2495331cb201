using System.Diagnostics;
using System.Globalization;
using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Core.Investment;
using Caravan.Optimization.Investment;
using Caravan.Questions;
using Caravan.Questions.Investment;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan invest</c>: which candidate projects a budget should buy, scored over disruption scenarios.</summary>
public sealed class InvestCommand(IAnsiConsole console) : Command<InvestSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, InvestSettings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        var started = Stopwatch.GetTimestamp();
        var (projects, problem) = InvestQuestion.Candidates(ProjectReader.Load(settings.DatasetSource(), dataset));
        if (projects is null)
            throw new CaravanException(problem!);
        var question = Ask.Question(InvestQuestion.ParseAsync(settings.Fields(), projects, settings.Shelf(dataset), QuestionLimits.Default, cancellationToken),
            "Invalid invest question", settings);
        var outcome = Answer(question, settings, cancellationToken);
        if (outcome.Solution.Status == InvestmentStatus.SolverUnavailable)
            throw new CaravanException($"--solver '{settings.Solver}' is not available in this OR-Tools build; use SCIP, CBC, CP_SAT or HIGHS");
        var plots = settings.Plot is { } dir && outcome.Frontier.Count > 0 ? FrontierPlot.Save(outcome.Frontier, dir) : [];
        if (settings.Json)
        {
            JsonOutput.Write(console, question.Contract(outcome));
            return 0;
        }
        InvestTables.Write(console, outcome.Instance, outcome.Solution, outcome.Report, outcome.Frontier, projects);
        if (outcome.Check is not null)
            InvestCheckTables.Write(console, outcome.Check);
        else if (settings.CheckRuns == 0)
            console.MarkupLine("[dim]Monte Carlo check skipped (--check-runs 0)[/]");
        console.MarkupLine($"[dim]{Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s in all[/]");
        foreach (var path in plots)
            console.MarkupLine($"wrote [bold]{Markup.Escape(path)}[/]");
        return 0;
    }

    /// <summary>Solves and checks, with a progress bar only on an interactive terminal and never around JSON.</summary>
    private InvestOutcome Answer(InvestQuestion question, InvestSettings settings, CancellationToken cancellationToken)
    {
        InvestOutcome Run(Action<double>? progress)
        {
            try
            {
                return question.Answer(progress, cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new CaravanException($"Monte Carlo check: {e.Message}");
            }
        }
        if (settings.Json || !console.Profile.Capabilities.Interactive)
            return Run(null);
        InvestOutcome? outcome = null;
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask("solving, then the Monte Carlo check: baseline vs portfolio", maxValue: 1);
            outcome = Run(done => task.Value = done);
            task.Value = task.MaxValue;
        });
        return outcome!;
    }
}
