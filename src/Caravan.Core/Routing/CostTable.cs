using Caravan.Core.Data;

namespace Caravan.Core.Routing;

/// <summary>
/// The cost model compiled for one commodity into dense per-arc arrays (per tonne), the form the
/// searches and a flow solver read in their inner loops. Index by arc number.
/// </summary>
public sealed class CostTable
{
    internal CostTable(CostModel model, Commodity commodity)
    {
        Commodity = commodity;
        var arcs = model.Network.ArcCount;
        Breakdown = new CostBreakdown[arcs];
        Generalised = new double[arcs];
        Money = new double[arcs];
        Hours = new double[arcs];
        Co2 = new double[arcs];
        Hazard = new double[arcs];
        for (var a = 0; a < arcs; a++)
        {
            var b = model.Arc(a, commodity);
            Breakdown[a] = b;
            Generalised[a] = b.GeneralisedUsd;
            Money[a] = b.MoneyUsd;
            Hours[a] = b.Hours;
            Co2[a] = b.Co2Kg;
            Hazard[a] = b.Hazard;
        }
        Transfer = model.Transfer(commodity);
    }

    /// <summary>The commodity priced.</summary>
    public Commodity Commodity { get; }

    /// <summary>Full breakdown per arc.</summary>
    public CostBreakdown[] Breakdown { get; }

    /// <summary>Generalised cost per arc, US$/t.</summary>
    public double[] Generalised { get; }

    /// <summary>Money per arc, US$/t.</summary>
    public double[] Money { get; }

    /// <summary>Hours per arc.</summary>
    public double[] Hours { get; }

    /// <summary>CO2e per arc, kg/t.</summary>
    public double[] Co2 { get; }

    /// <summary>Disruption hazard per arc (expected disruptions met).</summary>
    public double[] Hazard { get; }

    /// <summary>The cost of one change of mode.</summary>
    public CostBreakdown Transfer { get; }
}
