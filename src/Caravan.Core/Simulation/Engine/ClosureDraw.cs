using Caravan.Core.Network;

namespace Caravan.Core.Simulation;

/// <summary>
/// The closures one replication sees, drawn from each closable's own stream: shared by the simulator
/// and by tracking's remaining-journey sampler, so both meet the same storms for the same seed.
/// </summary>
internal static class ClosureDraw
{
    /// <summary>Closed periods of every closable up to <paramref name="horizon"/> hours: random events from its disruption rate, plus the scenario's fixed windows.</summary>
    /// <remarks>With <paramref name="only"/>, closables outside it stay always open (a sampler that needs a few draws only those).</remarks>
    public static ClosureCalendar[] Draw(SimulationModel model, RandomStreams streams, int replication, double horizon, bool[]? only = null)
    {
        var result = new ClosureCalendar[model.Closables.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var spec = model.Closables[i];
            if (only is not null && !only[i])
            {
                result[i] = ClosureCalendar.AlwaysOpen;
                continue;
            }
            if (spec.Disruption is not { ClosuresPerYear: > 0 } disruption)
            {
                result[i] = spec.Fixed.Count == 0 ? ClosureCalendar.AlwaysOpen : new ClosureCalendar(spec.Fixed);
                continue;
            }
            var windows = new List<(double, double)>(spec.Fixed);
            var random = streams.Stream(replication, spec.Key);
            if (disruption.MonthWeights is null)
            {
                var meanGap = Hours.PerYear / disruption.ClosuresPerYear;
                for (var t = random.NextExponential(meanGap); t < horizon;)
                {
                    var length = disruption.ClosureDurationHours.Sample(random);
                    windows.Add((t, t + length));
                    t += length + random.NextExponential(meanGap);
                }
            }
            else
            {
                // Seasonal closures: the next start inverts the cumulative monthly rate, one draw per event.
                for (var t = disruption.NextStart(0, random.NextExponential(1)); t < horizon;)
                {
                    var length = disruption.ClosureDurationHours.Sample(random);
                    windows.Add((t, t + length));
                    t = disruption.NextStart(t + length, random.NextExponential(1));
                }
            }
            result[i] = new ClosureCalendar(windows);
        }
        return result;
    }

}
