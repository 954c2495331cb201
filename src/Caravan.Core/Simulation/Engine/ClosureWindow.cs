namespace Caravan.Core.Simulation;

/// <summary>A scheduled closure of a node, link or chokepoint (by id), from a scenario: closed from <paramref name="StartDay"/> for <paramref name="Days"/>.</summary>
/// <param name="Target">A node, link or chokepoint id.</param>
/// <param name="StartDay">Start, days from the beginning of each replication.</param>
/// <param name="Days">Length, days (&gt; 0).</param>
public sealed record ClosureWindow(string Target, double StartDay, double Days);
