using System.Text.Json;

namespace Caravan.Server.Runs;

/// <summary>Two runs side by side: what differs in their manifests and inputs, and every number their results share, with the difference.</summary>
/// <param name="A">The first run (without results).</param>
/// <param name="B">The second run (without results).</param>
/// <param name="Differences">Manifest and input fields whose values differ.</param>
/// <param name="Numbers">Numeric result fields present in both, with b − a.</param>
public sealed record RunComparison(RunResponse A, RunResponse B, IReadOnlyList<FieldDifference> Differences, IReadOnlyList<NumberDifference> Numbers);

/// <summary>A field whose value differs between two runs.</summary>
/// <param name="Path">JSON path, e.g. <c>manifest.scenario</c>.</param>
/// <param name="A">Value in the first run; null when absent.</param>
/// <param name="B">Value in the second run; null when absent.</param>
public sealed record FieldDifference(string Path, JsonElement? A, JsonElement? B);

/// <summary>A number both runs' results have.</summary>
/// <param name="Path">JSON path in the results.</param>
/// <param name="A">Value in the first run.</param>
/// <param name="B">Value in the second run.</param>
/// <param name="Difference">B − A.</param>
public sealed record NumberDifference(string Path, double A, double B, double Difference);
