namespace Caravan.Storage;

/// <summary>A stored tracking record: its key and the host's JSON body.</summary>
/// <param name="Id">Consignment id or event id.</param>
/// <param name="Body">JSON written by the host.</param>
public sealed record TrackingRow(string Id, string Body);

/// <summary>A stored alert.</summary>
/// <param name="Consignment">Consignment id.</param>
/// <param name="Kind">Alert kind (snake case).</param>
/// <param name="Subject">What it is about.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="Reason">Why.</param>
public sealed record StoredAlert(string Consignment, string Kind, string Subject, DateTimeOffset RaisedAt, string Reason);
