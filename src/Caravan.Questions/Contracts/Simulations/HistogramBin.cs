namespace Caravan.Questions.Contracts;

/// <summary>One histogram bin, [From, To).</summary>
/// <param name="From">Lower edge.</param>
/// <param name="To">Upper edge.</param>
/// <param name="Count">Values in the bin.</param>
public sealed record HistogramBin(double From, double To, long Count);
