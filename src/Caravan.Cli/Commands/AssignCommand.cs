using System.Diagnostics;
using System.Globalization;
using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Core.Assignment;
using Caravan.Core.Assignment.Tntp;
using Caravan.Questions.Corridors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan assign</c>: equilibrium traffic assignment. On a dataset it assigns the corridors'
/// background freight under the scenarios and reports each corridor family and loaded element
/// against the baseline; with <c>--tntp-net</c> and <c>--tntp-trips</c> it solves a standard TNTP
/// test network. Parsing and rendering only: reading, solving and writing flows are Core's.
/// </summary>
public sealed class AssignCommand(IAnsiConsole console) : Command<AssignSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, AssignSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.TntpMode)
            return Dataset(settings, cancellationToken);
        if (settings.Scenarios.Length > 0 || settings.Year is not null)
            throw new CaravanException("--scenario and --year apply to a dataset's freight, not to --tntp-net");
        return Tntp(settings, cancellationToken);
    }

    private int Dataset(AssignSettings settings, CancellationToken cancellationToken)
    {
        if (settings.FlowsOut is not null)
            throw new CaravanException("--flows-out writes TNTP flows: it needs --tntp-net and --tntp-trips");
        var dataset = settings.LoadDataset();
        if (dataset.Freight.Count == 0)
            throw new CaravanException($"the dataset '{dataset.Name}' has no freight.csv: there is no background freight to assign (docs/dataset.md describes the table)");
        var question = Ask.Question(TrafficQuestion.ParseAsync(new TrafficFields { Year = settings.Year }, settings.Shelf(dataset), cancellationToken, settings.Scenarios),
            "Invalid traffic question", settings);
        var answer = question.AnswerAsync(cancellationToken).GetAwaiter().GetResult();
        if (settings.Json)
            JsonOutput.Write(console, answer);
        else
            TrafficTables.Write(console, answer, settings.Top);
        return 0;
    }

    private int Tntp(AssignSettings settings, CancellationToken cancellationToken)
    {
        if (settings.TntpNet is null || settings.TntpTrips is null)
            throw new CaravanException($"--tntp-net and --tntp-trips go together; {(settings.TntpNet is null ? "--tntp-net" : "--tntp-trips")} is missing");
        if (settings.Data is not null)
            throw new CaravanException("--data does not apply with --tntp-net: the network comes from the TNTP files");
        var read = Stopwatch.StartNew();
        var loaded = TntpProblem.Read(settings.TntpNet, settings.TntpTrips);
        if (loaded.Value is not { } tntp)
        {
            throw new CaravanException($"{loaded.Problems.Count} problem(s) in the TNTP files:\n"
                + string.Join('\n', loaded.Problems.Take(20)) + (loaded.Problems.Count > 20 ? "\n…" : ""));
        }
        var readSeconds = read.Elapsed.TotalSeconds;

        var result = Solve(tntp.Problem, settings, cancellationToken);
        if (result.Status == AssignmentStatus.Infeasible)
        {
            var pairs = result.Unreachable;
            throw new CaravanException($"{pairs.Count:N0} zone pair(s) with {pairs.Sum(p => p.Volume):N1} trips have no path, e.g. "
                + string.Join(", ", pairs.Take(5).Select(p => $"zone {p.OriginZone + 1} → zone {p.DestinationZone + 1}"))
                + "; --skip-unreachable assigns the rest and lists them");
        }
        if (settings.FlowsOut is { } path)
            WriteFlows(tntp, result, path);

        var report = AssignReport.Of(tntp, result, settings, readSeconds, settings.Top);
        if (settings.Json)
            JsonOutput.Write(console, report);
        else
            AssignTables.Write(console, report);
        return result.Status == AssignmentStatus.Cancelled ? 130 : 0;
    }

    /// <summary>Solves with a live status line on an interactive terminal (never around JSON).</summary>
    private AssignmentResult Solve(AssignmentProblem problem, AssignSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.Options();
        if (settings.Json || !console.Profile.Capabilities.Interactive)
            return EquilibriumAssignment.Solve(problem, options, cancellationToken: cancellationToken);
        AssignmentResult? result = null;
        console.Status().Start("assigning: loading shortest paths", status =>
        {
            var progress = new ProgressReport(p => status.Status(string.Create(CultureInfo.InvariantCulture,
                $"assigning: iteration {p.Iteration}, relative gap {p.RelativeGap:0.00E+0} (target {settings.Gap:0.0E+0}), {p.Elapsed.TotalSeconds:0.0} s")));
            result = EquilibriumAssignment.Solve(problem, options, progress, cancellationToken);
        });
        return result!;
    }

    private static void WriteFlows(TntpProblem tntp, AssignmentResult result, string path)
    {
        try
        {
            // Written beside the target and moved into place, so a failure never leaves half a file.
            var full = Path.GetFullPath(path);
            var temporary = full + ".tmp";
            using (var writer = new StreamWriter(temporary))
                tntp.WriteFlows(writer, result);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CaravanException($"cannot write --flows-out '{path}': {e.Message}");
        }
    }

    /// <summary>Reports progress on the calling thread at once (Progress&lt;T&gt; would post to the thread pool and lag).</summary>
    private sealed class ProgressReport(Action<AssignmentProgress> report) : IProgress<AssignmentProgress>
    {
        public void Report(AssignmentProgress value) => report(value);
    }
}
