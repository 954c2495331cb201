namespace Caravan.Core.Assignment.Tntp;

/// <summary>A TNTP flow file: one row per link, in the network file's order.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Rows">The rows in file order.</param>
public sealed record TntpFlows(string File, IReadOnlyList<TntpFlowRow> Rows);
