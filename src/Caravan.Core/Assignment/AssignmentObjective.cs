namespace Caravan.Core.Assignment;

/// <summary>What the assignment finds.</summary>
public enum AssignmentObjective
{
    /// <summary>Wardrop's user equilibrium: no trip can lower its own cost by changing route (minimises the Beckmann objective).</summary>
    UserEquilibrium,

    /// <summary>The system optimum: least total cost, found as the equilibrium on marginal costs t + v·t'.</summary>
    SystemOptimum,
}
