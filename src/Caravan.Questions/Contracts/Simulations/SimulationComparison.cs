using Caravan.Core.Simulation;

namespace Caravan.Questions.Contracts;

/// <summary>
/// Simulations compared on common random numbers (<c>caravan simulate --compare --format json</c>):
/// every scenario's full answer and the paired differences from the baseline.
/// </summary>
/// <param name="Scenarios">Answers, baseline first.</param>
/// <param name="Differences">Each scenario against the baseline.</param>
public sealed record SimulationComparison(IReadOnlyList<SimulationAnswer> Scenarios, IReadOnlyList<ScenarioDifference> Differences)
{
    /// <summary>Pairs each run with the first (the baseline) replication by replication.</summary>
    public static SimulationComparison Of(IReadOnlyList<SimulationRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var baseline = runs[0].ReplicationMeanLeadDays;
        var differences = runs.Skip(1).Select(run =>
        {
            var d = new Moments();
            var mine = run.ReplicationMeanLeadDays;
            for (var r = 0; r < Math.Min(mine.Count, baseline.Count); r++)
            {
                if (!double.IsNaN(mine[r]) && !double.IsNaN(baseline[r]))
                    d.Add(mine[r] - baseline[r]);
            }
            return new ScenarioDifference(run.Model.Scenario, Rounded.Share(d.Mean), Rounded.Share(d.HalfWidth95), (int)d.Count);
        }).ToArray();
        return new SimulationComparison([.. runs.Select(SimulationAnswer.Of)], differences);
    }
}
