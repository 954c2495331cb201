namespace Caravan.Core.Simulation;

/// <summary>Where a source's lots may go: a demand, its origin–destination pair, weight (t/yr wanted) and first-choice route.</summary>
internal sealed record TargetSpec(int Demand, int Od, double Weight, PlannedRoute Route);
