namespace Caravan.Core.Assignment;

/// <summary>A network and the classes of traffic to assign to it.</summary>
/// <param name="Network">The compiled network.</param>
/// <param name="Classes">At least one class; a single-class problem (TNTP) is the special case.</param>
public sealed record AssignmentProblem(AssignmentNetwork Network, IReadOnlyList<TravelClass> Classes)
{
    /// <summary>A single-class problem.</summary>
    public static AssignmentProblem SingleClass(AssignmentNetwork network, DemandMatrix demand, IReadOnlyList<double>? fixedCost = null) =>
        new(network, [new TravelClass("all", demand) { FixedCost = fixedCost }]);
}
