namespace Caravan.Server.Runs;

/// <summary>What a run was computed from, so it can be reproduced and compared.</summary>
/// <param name="Kind">route, flow, simulation or risk.</param>
/// <param name="Dataset">Dataset name.</param>
/// <param name="Scenario">Scenario id, or null for the dataset as is.</param>
/// <param name="Seed">Random seed, for runs that draw random numbers.</param>
/// <param name="InputsSha256">SHA-256 of the request JSON, hex.</param>
/// <param name="ProgramVersion">Caravan's version.</param>
/// <param name="WallSeconds">Seconds the computation took; null until it finished.</param>
public sealed record RunManifest(
    string Kind, string Dataset, string? Scenario, long? Seed, string InputsSha256, string ProgramVersion, double? WallSeconds = null);
