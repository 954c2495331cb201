namespace Caravan.Core.Simulation;

/// <summary>Tells the router how many closures now running will outlast the re-route threshold, so lots look ahead only while one does.</summary>
internal sealed class ClosureWatch(LotRouter router) : IEventHandler
{
    public const int Begins = 1;
    public const int Ends = -1;

    public void Handle(int kind, int payload) => router.LongClosuresActive += kind;
}
