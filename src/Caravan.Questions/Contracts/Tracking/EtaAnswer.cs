namespace Caravan.Questions.Contracts.Tracking;

/// <summary>
/// A consignment's arrival forecast: P10, P50, P90, the chance of meeting the promise, the calibrated
/// P10–P90 interval (null while <c>calibrated</c> is false: fewer than 20 closed consignments), the
/// carrier's own estimate beside it, and the fan (arrival at the 5th, 10th, ..., 95th percentiles).
/// </summary>
public sealed record EtaAnswer(string Consignment, DateTimeOffset MadeAt, string Scenario, DateTimeOffset Promise, DateTimeOffset P10, DateTimeOffset P50,
    DateTimeOffset P90, double OnTimeProbability, bool Calibrated, DateTimeOffset? CalibratedP10, DateTimeOffset? CalibratedP90, int CalibrationSize,
    DateTimeOffset? CarrierEstimate, int Replications, ulong Seed, IReadOnlyList<DateTimeOffset> Fan);
