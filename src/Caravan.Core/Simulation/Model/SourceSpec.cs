using Caravan.Core.Data;

namespace Caravan.Core.Simulation;

/// <summary>A supply point releasing lots.</summary>
internal sealed record SourceSpec(string Id, int Node, Commodity Commodity, double LotTonnes, double IntervalHours, ulong Key, TargetSpec[] Targets);
