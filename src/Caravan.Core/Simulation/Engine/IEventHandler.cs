namespace Caravan.Core.Simulation;

/// <summary>Something that reacts to its own scheduled events: a resource, a source, a stock.</summary>
public interface IEventHandler
{
    /// <summary>Handles one event: <paramref name="kind"/> is the handler's own event type, <paramref name="payload"/> usually a lot.</summary>
    void Handle(int kind, int payload);
}
