namespace Caravan.Optimization.Investment;

/// <summary>What building a project adds to one capacity or supply, t/yr.</summary>
/// <param name="Project">The project's index.</param>
/// <param name="Index">An arc, a node, or a supply slot (commodity × node count + node), by what the list holds.</param>
/// <param name="TonnesPerYear">The increment, t/yr; may be negative.</param>
public readonly record struct Gain(int Project, int Index, double TonnesPerYear);
