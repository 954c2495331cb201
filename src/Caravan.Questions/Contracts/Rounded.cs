namespace Caravan.Questions.Contracts;

/// <summary>
/// Figures as the contracts carry them: rounded below any figure's precision, so a reader never sees
/// solver noise (<c>774929.7499999998</c>), and non-finite values as null.
/// </summary>
public static class Rounded
{
    /// <summary>Money, US$: cents.</summary>
    public static double Usd(double value) => Math.Round(value, 2);

    /// <summary>Money that may be missing (no flow, no portfolio): null when not finite.</summary>
    public static double? Usd(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 2) : null;

    /// <summary>Mass, t: kilograms.</summary>
    public static double Tonnes(double value) => Math.Round(value, 3);

    /// <summary>Mass that may be missing: null when not finite.</summary>
    public static double? Tonnes(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 3) : null;

    /// <summary>Days of a simulated lead time or stock-out: three decimals (about a minute and a half).</summary>
    public static double Days(double value) => Math.Round(value, 3);

    /// <summary>Hours, days of a route, km, kg: two decimals.</summary>
    public static double Two(double value) => Math.Round(value, 2);

    /// <summary>Shares, probabilities, utilisation: six decimals.</summary>
    public static double Share(double value) => Math.Round(value, 6);

    /// <summary>A share that may be missing.</summary>
    public static double? Share(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 6) : null;

    /// <summary>Seconds of wall time: milliseconds.</summary>
    public static double Seconds(double value) => Math.Round(value, 3);
}
