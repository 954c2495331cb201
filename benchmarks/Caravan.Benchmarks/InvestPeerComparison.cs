using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Caravan.Optimization.Investment;

namespace Caravan.Benchmarks;

/// <summary>
/// Side by side: the investment MIP solved by each OR-Tools backend in-process and, exported as MPS,
/// by Debian's CBC (<c>/usr/bin/cbc</c>, package coinor-cbc) as a separate process. Prints a Markdown
/// table of wall times, objectives and ratios; writes the MPS files to the output folder.
/// </summary>
internal static partial class InvestPeerComparison
{
    private static readonly string[] Backends = ["SCIP", "CBC", "CP_SAT", "HIGHS"];

    public static int Run(string folder)
    {
        Directory.CreateDirectory(folder);
        var instances = new List<(string Name, InvestmentInstance Instance, InvestmentSettings Settings)>
        {
            ("built-in (21 projects, 7 scenarios)", BuiltInInstance.Build(), new InvestmentSettings { BudgetUsd = 2e9 }),
            ("synthetic 16 projects, 4 scenarios, 30 nodes", SyntheticInstance.Generate(7, 16, 4, nodes: 30, commodities: 3), new InvestmentSettings { BudgetUsd = 240 }),
            ("synthetic 32 projects, 6 scenarios, 30 nodes", SyntheticInstance.Generate(7, 32, 6, nodes: 30, commodities: 3), new InvestmentSettings { BudgetUsd = 480 }),
        };
        Console.WriteLine("| instance | solver | wall s | objective | status | ratio to SCIP |");
        Console.WriteLine("|---|---|---:|---:|---|---:|");
        foreach (var (name, instance, settings) in instances)
        {
            // Warm-up solve so one-time native loading is not charged to the first backend.
            InvestmentMip.Solve(instance, settings with { Solver = "SCIP" });
            double? scip = null;
            foreach (var backend in Backends)
            {
                var best = Enumerable.Range(0, 3).Select(_ => InvestmentMip.Solve(instance, settings with { Solver = backend, TimeLimit = TimeSpan.FromSeconds(120) }))
                    .MinBy(s => s.WallTime)!;
                scip ??= best.WallTime.TotalSeconds;
                Row(name, $"OR-Tools {backend}", best.WallTime.TotalSeconds, best.ObjectiveUsd, best.Status.ToString(), scip.Value);
            }
            var mps = Path.Combine(folder, Slug(name) + ".mps");
            File.WriteAllText(mps, InvestmentMip.ExportMps(instance, settings));
            var (seconds, objective, status) = Cbc(mps);
            Row(name, "Debian CBC 2.10 (MPS, process)", seconds, objective, status, scip!.Value);
        }
        return 0;
    }

    private static void Row(string instance, string solver, double seconds, double objective, string status, double scip) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {instance} | {solver} | {seconds:0.000} | {objective:0.###} | {status} | {seconds / scip:0.00} |"));

    // Best of three runs of `cbc file.mps solve`; the objective comes from its "Objective value:" line.
    private static (double Seconds, double Objective, string Status) Cbc(string mps)
    {
        const string Cbc = "/usr/bin/cbc";
        if (!File.Exists(Cbc))
            return (double.NaN, double.NaN, "cbc not installed (apt-get install coinor-cbc)");
        var best = (Seconds: double.PositiveInfinity, Objective: double.NaN, Status: "");
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo(Cbc, [mps, "-ratio", "1e-7", "-solve", "-quit"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            clock.Stop();
            var match = ObjectiveLine().Match(output);
            var objective = match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
            var status = output.Contains("Optimal solution found", StringComparison.Ordinal) ? "Optimal" : "see log";
            if (clock.Elapsed.TotalSeconds < best.Seconds)
                best = (clock.Elapsed.TotalSeconds, objective, status);
        }
        return best;
    }

    private static string Slug(string name) => string.Concat(name.TakeWhile(c => c != '(').Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');

    [GeneratedRegex(@"Objective value:\s+([-+0-9.eE]+)")]
    private static partial Regex ObjectiveLine();
}
