namespace Caravan.Core.Simulation;

/// <summary>The outcome of a simulation run, as printed and written to JSON.</summary>
/// <param name="Manifest">What was run.</param>
/// <param name="OdPairs">Per commodity and origin–destination pair.</param>
/// <param name="Resources">Per node and directed link that saw traffic, by id.</param>
/// <param name="Demands">Stock-outs per demand point.</param>
public sealed record SimulationResult(
    SimulationManifest Manifest,
    IReadOnlyList<OdPairResult> OdPairs,
    IReadOnlyList<ResourceResult> Resources,
    IReadOnlyList<DemandResult> Demands);
