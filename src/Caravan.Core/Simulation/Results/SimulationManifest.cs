namespace Caravan.Core.Simulation;

/// <summary>What a simulation run was: enough to repeat it exactly.</summary>
public sealed record SimulationManifest
{
    /// <summary>Dataset name.</summary>
    public required string Dataset { get; init; }

    /// <summary>SHA-256 of the simulated dataset's tables (after the scenario's edits), hex.</summary>
    public required string DatasetHash { get; init; }

    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>Root seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Replications run.</summary>
    public required int Replications { get; init; }

    /// <summary>Horizon, days.</summary>
    public required double HorizonDays { get; init; }

    /// <summary>Warm-up, days.</summary>
    public required double WarmupDays { get; init; }

    /// <summary>Lot size, t; null = automatic per supply point.</summary>
    public required double? LotTonnes { get; init; }

    /// <summary><c>poisson</c> or <c>fixed</c>.</summary>
    public required string Arrivals { get; init; }

    /// <summary>Events handled, all replications together (deterministic).</summary>
    public required long Events { get; init; }

    /// <summary>Times a lot changed route because of a closure, all replications together.</summary>
    public required long Reroutes { get; init; }

    /// <summary>Caravan version.</summary>
    public required string ProgramVersion { get; init; }

    /// <summary>Wall-clock seconds; null when left out so that repeated runs compare byte for byte.</summary>
    public required double? WallTimeSeconds { get; init; }
}
