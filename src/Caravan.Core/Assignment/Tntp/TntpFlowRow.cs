namespace Caravan.Core.Assignment.Tntp;

/// <summary>One line of a TNTP flow file (<c>From To Volume Cost</c>).</summary>
/// <param name="From">Tail node number.</param>
/// <param name="To">Head node number.</param>
/// <param name="Volume">Link flow.</param>
/// <param name="Cost">Link cost at that flow.</param>
public sealed record TntpFlowRow(int From, int To, double Volume, double Cost);
