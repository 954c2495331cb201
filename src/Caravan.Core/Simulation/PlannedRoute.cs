namespace Caravan.Core.Simulation;

/// <summary>A route as the simulator follows it: directed arcs of the compiled network, and its planned (expected) hours.</summary>
/// <param name="Arcs">Arc indices from origin to destination; empty when origin is the destination.</param>
/// <param name="PlannedHours">Expected door-to-door time, hours, including node handling and waits for departures.</param>
public sealed record PlannedRoute(int[] Arcs, double PlannedHours);
