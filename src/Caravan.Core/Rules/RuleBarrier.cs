namespace Caravan.Core.Rules;

/// <summary>A country a shipment may not touch, and the trade rule that bars it.</summary>
/// <param name="Country">ISO alpha-2 code.</param>
/// <param name="Rule">The rule.</param>
public sealed record RuleBarrier(string Country, TradeRule Rule);
