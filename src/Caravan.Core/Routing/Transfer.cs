using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>A change of mode at a node: a new transport-chain element (ISO 14083) with its hub emissions.</summary>
/// <param name="Node">Node id.</param>
/// <param name="FromMode">Mode arriving.</param>
/// <param name="ToMode">Mode leaving.</param>
/// <param name="Hours">Extra hours of the transfer itself (the node's handling is in the leg).</param>
/// <param name="Co2Kg">Hub emissions for the whole shipment, kg.</param>
public sealed record Transfer(string Node, Mode FromMode, Mode ToMode, double Hours, double Co2Kg);
