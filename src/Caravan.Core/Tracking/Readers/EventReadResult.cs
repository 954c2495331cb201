using Caravan.Core.Data;

namespace Caravan.Core.Tracking;

/// <summary>
/// What a reader made of one document: the events it could normalise and a located problem for each
/// one it could not (<c>file:line:column: $.epcisBody.eventList[3].eventTime: ...</c>). A document
/// that cannot be read at all gives no events and one problem.
/// </summary>
/// <param name="Events">Events that passed the shape and field checks, in document order.</param>
/// <param name="Problems">One or more problems per rejected event or document.</param>
/// <param name="Rejected">How many events (or whole documents) were refused.</param>
public sealed record EventReadResult(IReadOnlyList<TrackingEvent> Events, IReadOnlyList<Problem> Problems, int Rejected)
{
    /// <summary>A document refused as a whole.</summary>
    public static EventReadResult Refused(Problem problem) => new([], [problem], 1);
}
