namespace Caravan.Core.Scenarios;

/// <summary>
/// A node or link closed for part of the horizon. Closures for the whole horizon remove the element
/// from the dataset instead and are listed in <see cref="AppliedScenario.RemovedNodes"/> and
/// <see cref="AppliedScenario.RemovedLinks"/>.
/// </summary>
/// <param name="Target"><see cref="ClosureTarget.Node"/> or <see cref="ClosureTarget.Link"/>: countries and chokepoints are expanded.</param>
/// <param name="Id">The node or link id.</param>
/// <param name="Window">When it is closed.</param>
/// <param name="Scenario">The scenario that closed it.</param>
public sealed record Closure(ClosureTarget Target, string Id, DayWindow Window, string Scenario);
