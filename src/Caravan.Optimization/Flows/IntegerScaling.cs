namespace Caravan.Optimization.Flows;

/// <summary>
/// The integer units OR-Tools' min-cost flow works in: one flow unit is 10^−<see cref="TonneDigits"/> t,
/// one cost unit per flow unit is 10^−<see cref="CostDigits"/> US$/t. Chosen so that no intermediate
/// product can overflow a 64-bit integer: (total flow in units) × (largest cost in units) × (arcs on a
/// path, at most the node count) stays below 2^62, which bounds the objective and the solver's own
/// cost scaling (it multiplies costs by the node count).
/// </summary>
internal sealed record IntegerScaling(int TonneDigits, int CostDigits)
{
    private const double Limit = 4.6e18; // ≈ 2^62, headroom under long.MaxValue ≈ 9.2e18
    private const double ExactLimit = 1e15; // below 2^53: quantities stay exact in a double

    public double TonneScale => Math.Pow(10, TonneDigits);

    public double CostScale => Math.Pow(10, CostDigits);

    /// <summary>Finest units that fit; null when even 1 t and 10^6 US$/t units overflow.</summary>
    public static IntegerScaling? Choose(double totalTonnes, double maxCostUsdPerTonne, int nodes)
    {
        for (var t = 3; t >= 0; t--)
        {
            var flowUnits = Math.Ceiling(totalTonnes * Math.Pow(10, t));
            if (flowUnits > ExactLimit)
                continue;
            for (var c = 4; c >= -6; c--)
            {
                var costUnits = Math.Ceiling(maxCostUsdPerTonne * Math.Pow(10, c));
                if (Math.Max(flowUnits, 1) * Math.Max(costUnits, 1) * (nodes + 1.0) < Limit)
                    return new IntegerScaling(t, c);
            }
        }
        return null;
    }

    public long Tonnes(double tonnes) => checked((long)Math.Round(tonnes * TonneScale));

    public long Cost(double usdPerTonne) => checked((long)Math.Round(usdPerTonne * CostScale));

    public double ToTonnes(long units) => units / TonneScale;

    /// <summary>Objective units are flow units × cost units: US$ × 10^(t + c).</summary>
    public double ToUsd(long objective) => objective / (TonneScale * CostScale);

    /// <summary>A dual in cost units per flow unit of capacity, as US$ per tonne.</summary>
    public double DualToUsdPerTonne(long dual) => dual / CostScale;

    public string Describe() => $"integer units: {Math.Pow(10, -TonneDigits)} t, {Math.Pow(10, -CostDigits)} US$/t";
}
