namespace Caravan.Core.Tracking;

/// <summary>
/// Where a consignment is on its path for the sampler: at node <see cref="Index"/> since
/// <see cref="SinceHours"/> (arrived), or, when <see cref="InTransit"/>, on arc <see cref="Index"/>
/// since it left node <see cref="Index"/> at <see cref="SinceHours"/>. Hours count from the sampler's epoch.
/// </summary>
public readonly record struct JourneyPosition(int Index, bool InTransit, double SinceHours);
