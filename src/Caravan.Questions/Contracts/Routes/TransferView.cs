namespace Caravan.Questions.Contracts;

/// <summary>A change of mode at a node.</summary>
/// <param name="Node">Node id.</param>
/// <param name="FromMode">Mode arriving.</param>
/// <param name="ToMode">Mode leaving.</param>
/// <param name="Hours">Extra hours of the transfer itself.</param>
/// <param name="Co2Kg">Hub emissions for the whole shipment, kg.</param>
public sealed record TransferView(string Node, string FromMode, string ToMode, double Hours, double Co2Kg);
