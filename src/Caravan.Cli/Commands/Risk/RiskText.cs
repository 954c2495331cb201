using System.Globalization;

namespace Caravan.Cli.Commands;

/// <summary>How risk numbers read in tables: "no data" is never shown as zero.</summary>
internal static class RiskText
{
    public static string Number(double? value, string format = "0.00") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "no data";

    public static string Sr(double? low, double? high) =>
        low is not { } l || high is not { } h ? "no data"
        : h - l < 1e-12 ? l.ToString("0.00", CultureInfo.InvariantCulture)
        : $"{l.ToString("0.00", CultureInfo.InvariantCulture)}–{h.ToString("0.00", CultureInfo.InvariantCulture)}";

    public static string Range((double Low, double High)? range) => range is { } r ? Sr(r.Low, r.High) : "–";

    public static string Verdict(bool? critical) => critical switch
    {
        true => "[red]yes[/]",
        false => "no",
        null => "undetermined",
    };

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
