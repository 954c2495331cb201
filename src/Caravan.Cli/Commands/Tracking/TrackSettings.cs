using Caravan.Core.Scenarios;
using Caravan.Server.Tracking;
using Caravan.Storage;

namespace Caravan.Cli.Commands;

/// <summary>Options of every <c>caravan track</c> command: the store (<c>--db</c>) and the dataset (<c>--data</c>).</summary>
public class TrackSettings : DatabaseSettings
{
    /// <summary>Tracking on the store, the dataset and its scenario catalog.</summary>
    public TrackingStore OpenTracking(CaravanStore store) =>
        new(store, LoadDataset(), ScenarioCatalog.From(DatasetSource()), TimeProvider.System);
}
