using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Core.Simulation;

/// <summary>
/// The throughput limit of a node or ferry line with a capacity (berths, tracks, the ferry fleet):
/// one FIFO server working at the capacity, shared by the lots and by the corridor's background
/// freight, which arrives as a Poisson stream of trains or vessel calls of <paramref name="UnitTonnes"/>
/// t-eq (<see cref="TrafficOptions.TrainTonnes"/>, <see cref="TrafficOptions.VesselCallTonnes"/>).
/// </summary>
/// <param name="Capacity">The element's capacity as the dataset gives it (t, TEU or wagons a day).</param>
/// <param name="TonnesPerHour">The capacity in capacity-equivalent tonnes an hour.</param>
/// <param name="BackgroundTonnesPerHour">The background freight the assignment puts through, t-eq an hour.</param>
/// <param name="UnitTonnes">t-eq of one background arrival (a train or a vessel call).</param>
/// <param name="Key">Random-stream key of the background arrivals.</param>
internal sealed record GateSpec(Capacity Capacity, double TonnesPerHour, double BackgroundTonnesPerHour, double UnitTonnes, ulong Key)
{
    /// <summary>Background arrivals an hour.</summary>
    public double BackgroundArrivalsPerHour => BackgroundTonnesPerHour / UnitTonnes;

    /// <summary>Hours of the server one background arrival takes.</summary>
    public double BackgroundWorkHours => UnitTonnes / TonnesPerHour;

    /// <summary>Hours of the server <paramref name="tonnes"/> of <paramref name="commodity"/> take: its t-eq over the capacity.</summary>
    public double WorkHours(double tonnes, Commodity commodity)
    {
        if (Capacity.Unit == CapacityUnit.Tonnes)
            return tonnes / TonnesPerHour;
        // A TEU or wagon carries the commodity's stated payload, else the assignment's average load (10 t a TEU, a full 65-t wagon).
        var payload = commodity.TonnesPer(Capacity.Unit) is > 0 and var given ? given
            : Capacity.Unit == CapacityUnit.Teu ? CargoTraits.TeuCargoTonnes : CargoTraits.WagonTonnes;
        return tonnes * CargoTraits.CapacityTonnes(Capacity with { PerDay = 1 }) / payload / TonnesPerHour;
    }

    /// <summary>The gate of an element with <paramref name="capacity"/> carrying <paramref name="backgroundPerDay"/> t-eq/d; null without a capacity.</summary>
    public static GateSpec? Of(Capacity? capacity, double backgroundPerDay, double unitTonnes, string id)
    {
        if (capacity is not { PerDay: > 0 } c)
            return null;
        return new GateSpec(c, CargoTraits.CapacityTonnes(c) / Hours.PerDay, Math.Max(0, backgroundPerDay) / Hours.PerDay, unitTonnes,
            RandomStreams.Key("background:" + id));
    }
}
