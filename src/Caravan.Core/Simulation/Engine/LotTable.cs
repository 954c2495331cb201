namespace Caravan.Core.Simulation;

/// <summary>The lots of one replication, addressed by index, in a growable array of structs (no allocation per lot).</summary>
internal sealed class LotTable(int maxLots = int.MaxValue)
{
    private Lot[] _items = new Lot[256];

    public int Count { get; private set; }

    public ref Lot this[int index] => ref _items[index];

    /// <summary>Adds a lot; throws <see cref="SimulationLimitException"/> past the limit, before the table grows.</summary>
    public int Add(in Lot lot)
    {
        if (Count >= maxLots)
            throw new SimulationLimitException(
                $"a replication released more than {maxLots:N0} lots, the limit that bounds its memory; use larger lots (lotTonnes), a shorter horizon or fewer commodities");
        if (Count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[Count] = lot;
        return Count++;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }
}
