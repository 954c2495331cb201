namespace Caravan.Core.Simulation;

/// <summary>
/// The stock at a demand point: consumed continuously at the demand rate, topped up by deliveries,
/// starting at the safety stock. A negative level is a backlog; hours below zero after the warm-up
/// are stock-out hours.
/// </summary>
internal sealed class DemandStock(DemandSpec spec, double warmupHours)
{
    private double _level = spec.InitialStockTonnes;
    private double _lastHours;

    public double StockoutHours { get; private set; }

    public void Deliver(double now, double tonnes)
    {
        Advance(now);
        _level += tonnes;
    }

    public void Advance(double now)
    {
        var rate = spec.TonnesPerHour;
        var from = _lastHours;
        if (now <= from)
            return;
        // The level falls linearly; it crosses zero at from + level/rate.
        var emptyAt = _level <= 0 ? from : from + _level / rate;
        var outFrom = Math.Max(emptyAt, warmupHours);
        if (now > outFrom)
            StockoutHours += now - outFrom;
        _level -= rate * (now - from);
        _lastHours = now;
    }
}
