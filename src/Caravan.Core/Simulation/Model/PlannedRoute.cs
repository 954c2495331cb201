namespace Caravan.Core.Simulation;

/// <summary>A route as the simulator follows it: directed arcs of the compiled network, and the planner's expected hours.</summary>
/// <param name="Arcs">Arc indices from origin to destination; empty when origin is the destination.</param>
/// <param name="PlannedHours">
/// The planner's expected door-to-door time, hours (for reports). Promised lead times and re-routing
/// decisions re-time <paramref name="Arcs"/> with the simulator's own resources instead.
/// </param>
public sealed record PlannedRoute(int[] Arcs, double PlannedHours);
