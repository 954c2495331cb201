namespace Caravan.Questions.Contracts;

/// <summary>One country's term of HHI_WGI,t: share² × WGI × trade parameter.</summary>
/// <param name="Country">ISO alpha-2.</param>
/// <param name="Share">Share, 0–1.</param>
/// <param name="WgiScaled">WGI scaled 0–10.</param>
/// <param name="TradeParameter">Trade parameter t.</param>
/// <param name="Value">The term.</param>
public sealed record HhiTermView(string Country, double Share, double? WgiScaled, double TradeParameter, double? Value);
