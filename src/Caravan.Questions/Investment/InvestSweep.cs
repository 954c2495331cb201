namespace Caravan.Questions.Investment;

/// <summary>A budget sweep: min, min + step, … max, US$.</summary>
/// <param name="Min">First budget, US$.</param>
/// <param name="Max">Last budget, US$.</param>
/// <param name="Step">Step, US$ (&gt; 0).</param>
public sealed record InvestSweep(double Min, double Max, double Step);
