using System.Globalization;

namespace Caravan.Core.Routing;

/// <summary>Ranks routes and says why each ranks where it does.</summary>
internal static class RouteRanking
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static List<Route> RankByCost(List<Route> routes)
    {
        var ordered = routes.OrderBy(r => r.GeneralisedCostUsd).ToList();
        var best = ordered[0];
        var result = new List<Route>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var r = ordered[i];
            var why = i == 0
                ? ordered.Count > 1
                    ? $"lowest generalised cost; the next route costs {Delta(ordered[1], best)}"
                    : "lowest generalised cost that meets every constraint"
                : $"costs {Delta(r, best)} than route 1{Gains(r, best)}";
            result.Add(r with { Rank = i + 1, Why = why });
        }
        return result;
    }

    public static List<Route> RankPareto(List<Route> routes)
    {
        var ordered = routes.OrderBy(r => r.GeneralisedCostUsd).ToList();
        var result = new List<Route>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var r = ordered[i];
            var bestAt = new List<string>();
            if (r.CostUsd <= ordered.Min(x => x.CostUsd)) bestAt.Add("money");
            if (r.Hours <= ordered.Min(x => x.Hours)) bestAt.Add("time");
            if (r.Co2Kg <= ordered.Min(x => x.Co2Kg)) bestAt.Add("CO2");
            if (r.Hazard <= ordered.Min(x => x.Hazard)) bestAt.Add("risk");
            var why = bestAt.Count > 0
                ? $"non-dominated; best of the set on {string.Join(", ", bestAt)}"
                : "non-dominated: a trade-off no other route beats on all four criteria";
            if (i == 0)
                why += "; lowest generalised cost of the set";
            result.Add(r with { Rank = i + 1, Why = why });
        }
        return result;
    }

    /// <summary>Routes no other route dominates on (money, hours, CO2, hazard); equal vectors kept once.</summary>
    public static List<Route> NonDominated(List<Route> routes)
    {
        var kept = new List<Route>();
        foreach (var r in routes)
        {
            if (routes.Any(o => !ReferenceEquals(o, r) && Dominates(o, r)))
                continue;
            if (kept.Any(k => Same(k, r)))
                continue;
            kept.Add(r);
        }
        return kept;
    }

    public static bool Dominates(Route a, Route b) =>
        Le(a.CostUsd, b.CostUsd) && Le(a.Hours, b.Hours) && Le(a.Co2Kg, b.Co2Kg) && Le(a.Hazard, b.Hazard) && !Same(a, b);

    private static bool Same(Route a, Route b) =>
        Eq(a.CostUsd, b.CostUsd) && Eq(a.Hours, b.Hours) && Eq(a.Co2Kg, b.Co2Kg) && Eq(a.Hazard, b.Hazard);

    private static bool Le(double a, double b) => a <= b + Tolerance(b);

    private static bool Eq(double a, double b) => Math.Abs(a - b) <= Tolerance(b);

    private static double Tolerance(double x) => 1e-9 * Math.Max(1, Math.Abs(x));

    // "+US$1,234 more (mostly time: +US$900)" for route r against the best.
    private static string Delta(Route r, Route best)
    {
        var parts = new (string Name, double Usd)[]
        {
            ("money", r.Breakdown.MoneyUsd - best.Breakdown.MoneyUsd),
            ("time", r.Breakdown.TimeValueUsd - best.Breakdown.TimeValueUsd),
            ("carbon", r.Breakdown.CarbonUsd - best.Breakdown.CarbonUsd),
            ("risk", r.Breakdown.RiskPremiumUsd - best.Breakdown.RiskPremiumUsd),
        };
        var worst = parts.MaxBy(p => p.Usd);
        return string.Format(Inv, "US${0:N0} more (mostly {1}: +US${2:N0})", r.GeneralisedCostUsd - best.GeneralisedCostUsd, worst.Name, worst.Usd);
    }

    // What the dearer route does better, if anything.
    private static string Gains(Route r, Route best)
    {
        var gains = new List<string>();
        if (r.CostUsd < best.CostUsd - 0.5) gains.Add(string.Format(Inv, "US${0:N0} cheaper in money", best.CostUsd - r.CostUsd));
        if (r.Hours < best.Hours - 0.5) gains.Add(string.Format(Inv, "{0:N0} h faster", best.Hours - r.Hours));
        if (r.Co2Kg < best.Co2Kg - 0.5) gains.Add(string.Format(Inv, "{0:N0} kg less CO2", best.Co2Kg - r.Co2Kg));
        if (r.Risk < best.Risk - 1e-4) gains.Add(string.Format(Inv, "{0:P1} less disruption risk", best.Risk - r.Risk));
        return gains.Count == 0 ? "" : $", though {string.Join(", ", gains)}";
    }
}
