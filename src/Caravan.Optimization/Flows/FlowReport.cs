namespace Caravan.Optimization.Flows;

/// <summary>The answer to a flow question under one scenario, in the dataset's terms.</summary>
public sealed record FlowReport
{
    /// <summary>How the solve ended.</summary>
    public required FlowStatus Status { get; init; }

    /// <summary>Solver message: why it failed, or notes.</summary>
    public string Message { get; init; } = "";

    /// <summary>The scenarios applied ("baseline" for none).</summary>
    public required string Scenario { get; init; }

    /// <summary>Length of the period, days.</summary>
    public required double PeriodDays { get; init; }

    /// <summary>First day of the period (0 = 1 January).</summary>
    public double StartDay { get; init; }

    /// <summary>The solver that ran.</summary>
    public required string Solver { get; init; }

    /// <summary>Seconds in the solver.</summary>
    public double SolveSeconds { get; init; }

    /// <summary>Total generalised cost, US$ over the period (NaN without a flow).</summary>
    public required double TotalCostUsd { get; init; }

    /// <summary>Demand not served, tonnes over the period.</summary>
    public required double UnmetTonnes { get; init; }

    /// <summary>Demand wanted, tonnes over the period.</summary>
    public required double DemandTonnes { get; init; }

    /// <summary>Cost by cause.</summary>
    public required CostSummary Cost { get; init; }

    /// <summary>Tonnes per link, direction and commodity (only where &gt; 0), largest first.</summary>
    public required IReadOnlyList<LinkFlow> Flows { get; init; }

    /// <summary>Every demand row with what went unmet.</summary>
    public required IReadOnlyList<UnmetDemand> Demand { get; init; }

    /// <summary>Binding capacities, most valuable first.</summary>
    public required IReadOnlyList<Bottleneck> Bottlenecks { get; init; }

    /// <summary>Tonnes by corridor label (mode and countries), all commodities, for comparing scenarios.</summary>
    public required IReadOnlyDictionary<string, double> CorridorTonnes { get; init; }

    /// <summary>Every supply node with what it had available and shipped, by commodity, largest shipment first.</summary>
    public IReadOnlyList<SourceShipment> Sources { get; init; } = [];

    /// <summary>What trade rules did: rules that barred arcs, quotas that capped supply, rules flows could only approximate.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
