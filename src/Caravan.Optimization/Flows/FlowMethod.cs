namespace Caravan.Optimization.Flows;

/// <summary>Which formulation solves a flow problem.</summary>
public enum FlowMethod
{
    /// <summary>OR-Tools min-cost flow for one commodity, the LP for more.</summary>
    Auto,
    /// <summary>OR-Tools min-cost flow (cost-scaling push-relabel, integer); one commodity only.</summary>
    MinCostFlow,
    /// <summary>The linear program, on the chosen <see cref="LpBackend"/>.</summary>
    LinearProgram,
}
