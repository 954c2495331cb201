using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Questions.Contracts;

/// <summary>The load of one element with a capacity (a link direction, a port, a border).</summary>
/// <param name="Id">Link or node id.</param>
/// <param name="Kind">The node kind (port, border…) or link mode (rail, ferry…).</param>
/// <param name="Direction">"from → to" for a link; empty for a node.</param>
/// <param name="Volume">Load, capacity-equivalent tonnes a day (t-eq/d: a TEU takes 32.5).</param>
/// <param name="Capacity">Capacity the scenario leaves, t-eq/d.</param>
/// <param name="Utilisation">Volume / capacity.</param>
/// <param name="DelayHours">Queueing or congestion delay per passage, hours.</param>
/// <param name="TonnesPerYear">Cargo through it, t/yr.</param>
/// <param name="TeuPerYear">Containers through it, TEU/yr.</param>
/// <param name="BaselineVolume">The load with no scenario, t-eq/d.</param>
/// <param name="CongestionValueUsdPerYear">What one more t-eq/d of capacity would save the freight using it in queueing, US$ a year.</param>
public sealed record ElementView(string Id, string Kind, string Direction, double Volume, double Capacity, double Utilisation, double DelayHours,
    double TonnesPerYear, double TeuPerYear, double BaselineVolume, double CongestionValueUsdPerYear)
{
    /// <summary>The contract of <paramref name="load"/> beside its baseline (null: not loaded in the baseline).</summary>
    public static ElementView Of(ElementLoad load, ElementLoad? baseline)
    {
        ArgumentNullException.ThrowIfNull(load);
        return new(load.Id, load.Kind, load.Direction, Rounded.Two(load.Volume), Rounded.Two(load.Capacity), Rounded.Share(load.Utilisation),
            Rounded.Two(load.DelayHours), Math.Round(load.TonnesPerYear), Math.Round(load.TeuPerYear), Rounded.Two(baseline?.Volume ?? 0),
            Rounded.Usd(load.CongestionValueUsdPerYear));
    }

    /// <summary>An element <paramref name="baseline"/> loads that carries nothing now: volume 0 beside the baseline's load and capacity.</summary>
    public static ElementView Emptied(ElementLoad baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return new(baseline.Id, baseline.Kind, baseline.Direction, 0, Rounded.Two(baseline.Capacity), 0, 0, 0, 0, Rounded.Two(baseline.Volume), 0);
    }
}
