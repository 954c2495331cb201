namespace Caravan.Questions.Contracts.Tracking;

/// <summary>Alerts raised, oldest first; <c>raised</c> holds those this check raised for the first time.</summary>
public sealed record AlertsAnswer(DateTimeOffset AsOf, IReadOnlyList<AlertView> Raised, IReadOnlyList<AlertView> Alerts);

/// <summary>One alert: <c>kind</c> off_route, at_risk, late, overdue_dwell, closure_ahead or sensor_out_of_limits.</summary>
public sealed record AlertView(string Consignment, string Kind, string Subject, DateTimeOffset RaisedAt, string Reason);
