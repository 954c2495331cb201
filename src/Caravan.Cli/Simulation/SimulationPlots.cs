using Caravan.Core.Simulation;
using ScottPlot;

namespace Caravan.Cli.Simulation;

/// <summary>
/// Plots of simulation runs, PNG and SVG: lead-time histogram and CDF of all lots (one line per
/// scenario, overlaid), and queue length over time in replication 0 for the busiest resources.
/// </summary>
internal static class SimulationPlots
{
    private const int Width = 900;
    private const int Height = 550;
    private const int DisplayBins = 60;

    public static void Write(string folder, IReadOnlyList<SimulationRun> runs)
    {
        try
        {
            Directory.CreateDirectory(folder);
            Histogram(folder, runs);
            Cdf(folder, runs);
            Queues(folder, runs[0]);
        }
        catch (IOException e)
        {
            throw new CaravanException($"cannot write plots to '{folder}': {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CaravanException($"cannot write plots to '{folder}': {e.Message}");
        }
    }

    private static void Histogram(string folder, IReadOnlyList<SimulationRun> runs)
    {
        using var plot = new Plot();
        var max = runs.SelectMany(r => r.LeadTimeHistogram()).Select(b => b.Upper).DefaultIfEmpty(1).Max();
        var width = max / DisplayBins;
        foreach (var run in runs)
        {
            var counts = new double[DisplayBins];
            var total = 0.0;
            foreach (var (lower, upper, count) in run.LeadTimeHistogram())
            {
                counts[Math.Min(DisplayBins - 1, (int)((lower + upper) / 2 / width))] += count;
                total += count;
            }
            // A step outline per scenario, as a share of lots, so scenarios of any size overlay.
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < DisplayBins; i++)
            {
                var share = total > 0 ? counts[i] / total : 0;
                xs.Add(i * width);
                ys.Add(share);
                xs.Add((i + 1) * width);
                ys.Add(share);
            }
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LegendText = run.Model.Scenario;
            line.LineWidth = 2;
        }
        Save(plot, folder, "lead-time-histogram", "Lead time of all lots", "lead time, days", "share of lots");
    }

    private static void Cdf(string folder, IReadOnlyList<SimulationRun> runs)
    {
        using var plot = new Plot();
        foreach (var run in runs)
        {
            var bins = run.LeadTimeHistogram();
            var total = (double)bins.Sum(b => b.Count);
            var xs = new List<double> { bins.Count > 0 ? bins[0].Lower : 0 };
            var ys = new List<double> { 0 };
            var seen = 0L;
            foreach (var (_, upper, count) in bins)
            {
                seen += count;
                xs.Add(upper);
                ys.Add(seen / total);
            }
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LegendText = run.Model.Scenario;
            line.LineWidth = 2;
        }
        Save(plot, folder, "lead-time-cdf", "Lead time of all lots, cumulative", "lead time, days", "share of lots delivered within");
    }

    private static void Queues(string folder, SimulationRun run)
    {
        using var plot = new Plot();
        var busiest = run.Result.Resources.Where(r => r.MaxQueue > 0)
            .OrderByDescending(r => r.MeanQueue).ThenBy(r => r.Id, StringComparer.Ordinal).Take(5);
        foreach (var resource in busiest)
        {
            var trace = run.QueueTrace(resource.Id);
            if (trace.Count == 0)
                continue;
            var xs = new List<double>();
            var ys = new List<double>();
            var level = 0;
            foreach (var (hours, queue) in trace)
            {
                xs.Add(Core.Hours.ToDays(hours));
                ys.Add(level);
                xs.Add(Core.Hours.ToDays(hours));
                ys.Add(queue);
                level = queue;
            }
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LegendText = resource.Id;
        }
        Save(plot, folder, "queue-length", $"Lots waiting, busiest resources ({run.Model.Scenario}, replication 0)", "day", "lots waiting");
    }

    private static void Save(Plot plot, string folder, string name, string title, string x, string y)
    {
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.ShowLegend();
        plot.SavePng(Path.Combine(folder, name + ".png"), Width, Height);
        plot.SaveSvg(Path.Combine(folder, name + ".svg"), Width, Height);
    }
}
