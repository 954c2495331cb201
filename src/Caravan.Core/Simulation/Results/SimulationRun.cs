namespace Caravan.Core.Simulation;

/// <summary>A finished Monte Carlo run: the printable result plus what plots and comparisons need.</summary>
public sealed class SimulationRun
{
    internal SimulationRun(SimulationModel model, SimulationTally tally, SimulationResult result,
        List<(double Hours, int Queue)>[]? traces)
    {
        Model = model;
        Tally = tally;
        Result = result;
        Traces = traces;
    }

    /// <summary>The model run.</summary>
    public SimulationModel Model { get; }

    /// <summary>The result.</summary>
    public SimulationResult Result { get; }

    internal SimulationTally Tally { get; }

    internal List<(double Hours, int Queue)>[]? Traces { get; }

    /// <summary>Mean lead time over all lots of each replication, days, in replication order (NaN where nothing arrived).</summary>
    public IReadOnlyList<double> ReplicationMeanLeadDays => Tally.ReplicationMeanLeadDays;

    /// <summary>The same run with the manifest's wall time left out, so repeated runs compare byte for byte.</summary>
    public SimulationRun WithoutWallTime() =>
        new(Model, Tally, Result with { Manifest = Result.Manifest with { WallTimeSeconds = null } }, Traces);

    /// <summary>Lead-time histogram of every lot of every pair together: (lower, upper, count), days.</summary>
    public IReadOnlyList<(double Lower, double Upper, long Count)> LeadTimeHistogram()
    {
        var all = new LogHistogram();
        foreach (var od in Tally.Ods)
            all.Merge(od.LeadHistogramDays);
        return all.Bins().ToArray();
    }

    /// <summary>Pooled lead-time histogram of an origin–destination pair (index as in <see cref="SimulationResult.OdPairs"/>): (lower, upper, count), days.</summary>
    public IReadOnlyList<(double Lower, double Upper, long Count)> LeadTimeHistogram(int odPair) =>
        Tally.Ods[odPair].LeadHistogramDays.Bins().ToArray();

    /// <summary>Queue length over time of a resource in replication 0, (hours, lots waiting); empty unless traced.</summary>
    public IReadOnlyList<(double Hours, int Queue)> QueueTrace(string resourceId)
    {
        if (Traces is null)
            return [];
        var i = Array.FindIndex(Model.Nodes, n => n.Id == resourceId);
        if (i < 0 && Array.FindIndex(Model.Arcs, a => a.Id == resourceId) is >= 0 and var a)
            i = Model.Nodes.Length + a;
        return i < 0 ? [] : Traces[i];
    }
}
