namespace Caravan.Core.Tracking;

/// <summary>One alert, raised once per consignment, kind and subject (a node, a link, an event).</summary>
/// <param name="Consignment">The consignment's id.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Subject">What it is about: the node of an overdue stay, the closed link, the event of a reading.</param>
/// <param name="RaisedAt">When it was raised (the clock of the check).</param>
/// <param name="Reason">Why, in words with the figures.</param>
public sealed record Alert(string Consignment, AlertKind Kind, string Subject, DateTimeOffset RaisedAt, string Reason);
