namespace Caravan.Server.Network;

/// <summary>What the network holds, for pickers and legends: counts, countries, chokepoints, kinds and modes.</summary>
/// <param name="Dataset">Dataset name.</param>
/// <param name="Nodes">Number of nodes.</param>
/// <param name="Links">Number of links.</param>
/// <param name="Countries">Countries (code and name).</param>
/// <param name="Chokepoints">Chokepoints (id, name, position).</param>
/// <param name="NodeKinds">Node kinds in use.</param>
/// <param name="Modes">Modes in use.</param>
public sealed record NetworkResponse(
    string Dataset, int Nodes, int Links, IReadOnlyList<CountryResponse> Countries, IReadOnlyList<ChokepointResponse> Chokepoints,
    IReadOnlyList<string> NodeKinds, IReadOnlyList<string> Modes);
