using System.Diagnostics;
using Caravan.Core.Data;
using Caravan.Core.Investment;
using Caravan.Core.Network;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;

namespace Caravan.Optimization.Investment;

/// <summary>
/// The final check of a chosen portfolio by simulation: the MIP prices yearly average flows; the
/// discrete-event simulator shows what the portfolio does to queues, lead-time tails and stock-outs.
/// Under each scenario the baseline and the baseline with the portfolio's edits are simulated with the
/// same options and seed. Every random stream is keyed by the id of the element it drives, so both
/// sides draw the same storms, dwells and releases (common random numbers) and the differences are
/// the portfolio's effect, not sampling noise.
/// </summary>
public static class PortfolioCheck
{
    /// <summary>The message of a check skipped because the portfolio builds nothing.</summary>
    public const string EmptyPortfolio = "the portfolio is empty: nothing to check";

    /// <summary>
    /// Simulates <paramref name="dataset"/> under each of <paramref name="scenarios"/> without and with the projects
    /// <paramref name="portfolio"/> (ids of <paramref name="projects"/>). <paramref name="progress"/> hears the
    /// replications done so far out of 2 × scenarios × <see cref="SimulationOptions.Replications"/>.
    /// </summary>
    public static PortfolioCheckResult Run(Dataset dataset, IReadOnlyList<Project> projects, IReadOnlyCollection<string> portfolio,
        IReadOnlyList<WeightedScenario> scenarios, SimulationOptions options, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (portfolio.Count == 0)
            return new PortfolioCheckResult(options.Replications, options.Seed, EmptyPortfolio, []);
        var clock = Stopwatch.StartNew();
        var built = Build(projects, portfolio);
        var total = scenarios.Sum(s => s.Probability);
        var done = 0;
        var results = new List<ScenarioPortfolioCheck>();
        foreach (var scenario in scenarios)
        {
            var offset = done;
            var report = progress is null ? null : new Offset(progress, offset);
            var baseline = Simulate(dataset, scenario.Scenarios, options, scenario.Name, null, report, cancellationToken);
            report = progress is null ? null : new Offset(progress, offset + options.Replications);
            var with = Simulate(dataset, [built, .. scenario.Scenarios], options, scenario.Name + "+portfolio", baseline.Model, report, cancellationToken);
            done += 2 * options.Replications;
            results.Add(new ScenarioPortfolioCheck(scenario.Name, scenario.Probability / total, Pair(baseline.Result, with.Result)));
        }
        return new PortfolioCheckResult(options.Replications, options.Seed, null, results) { WallTime = clock.Elapsed };
    }

    /// <summary>
    /// The portfolio as one scenario: new nodes, then new links (their ends must exist), then every other
    /// edit, in project order, as the investment model builds them.
    /// </summary>
    public static Scenario Build(IReadOnlyList<Project> projects, IReadOnlyCollection<string> portfolio)
    {
        var chosen = projects.Where(p => portfolio.Contains(p.Id)).ToArray();
        var edits = chosen.SelectMany(p => p.Edits.OfType<AddNodeEdit>()).Cast<ScenarioEdit>()
            .Concat(chosen.SelectMany(p => p.Edits.OfType<AddLinkEdit>()))
            .Concat(chosen.SelectMany(p => p.Edits.Where(e => e is not (AddNodeEdit or AddLinkEdit))))
            .ToArray();
        return new Scenario { Name = "portfolio", Description = string.Join(", ", chosen.Select(p => p.Id)), Edits = edits };
    }

    private static SimulationRun Simulate(Dataset dataset, IReadOnlyList<Scenario> scenarios, SimulationOptions options, string label,
        SimulationModel? baseline, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var applied = scenarios.Count == 0 ? AppliedScenario.None(dataset) : ScenarioApplier.Apply(dataset, scenarios);
        var closures = applied.Closures.Select(c => new ClosureWindow(c.Id, c.Window.StartDay, c.Window.Days)).ToArray();
        var model = SimulationModel.Compile(applied.Dataset, options, label, closures, baseline: baseline, arcForbidden: ArcBan(applied));
        return MonteCarlo.Run(model, progress, cancellationToken: cancellationToken);
    }

    private static Func<int, Commodity, bool>? ArcBan(AppliedScenario applied)
    {
        if (applied.ExportBans.Count == 0)
            return null;
        var net = applied.Dataset.Network;
        return (arc, commodity) => applied.IsExportBanned(commodity.Id, net.Nodes[net.ArcTail[arc]], net.Nodes[net.ArcHead[arc]], net.Links[net.ArcLink[arc]]);
    }

    // Pairs by (commodity, from, to): the portfolio may open a pair that had no route, or (rarely) the reverse.
    private static OdCheck[] Pair(SimulationResult baseline, SimulationResult with)
    {
        var mine = with.OdPairs.ToDictionary(o => (o.Commodity, o.From, o.To));
        var keys = baseline.OdPairs.Select(o => (o.Commodity, o.From, o.To))
            .Concat(with.OdPairs.Select(o => (o.Commodity, o.From, o.To))).Distinct().ToArray();
        var theirs = baseline.OdPairs.ToDictionary(o => (o.Commodity, o.From, o.To));
        return keys.Select(k =>
        {
            var before = theirs.TryGetValue(k, out var b) ? Figures(b) : null;
            var after = mine.TryGetValue(k, out var a) ? Figures(a) : null;
            var change = new CheckFigures(
                Minus(after?.MeanDays, before?.MeanDays), Minus(after?.P95Days, before?.P95Days), Minus(after?.P99Days, before?.P99Days),
                (after?.StockoutProbability ?? 0) - (before?.StockoutProbability ?? 0));
            return new OdCheck(k.Commodity, k.From, k.To, before, after, change);
        }).ToArray();
    }

    private static CheckFigures Figures(OdPairResult od) =>
        new(od.LeadTimeDays?.Mean, od.LeadTimeDays?.P95, od.LeadTimeDays?.P99, od.StockoutProbability);

    private static double? Minus(double? a, double? b) => a is { } x && b is { } y ? x - y : null;

    /// <summary>Adds a fixed count to each report, so successive runs report one running total.</summary>
    private sealed class Offset(IProgress<int> inner, int offset) : IProgress<int>
    {
        public void Report(int value) => inner.Report(offset + value);
    }
}
