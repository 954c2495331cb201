using System.Globalization;

namespace Caravan.Core.Distributions;

/// <summary>Reads the dataset syntax for distributions: <c>name(arg,arg,...)</c> or a bare number.</summary>
public static class DistributionParser
{
    /// <summary>The forms accepted, for error messages and docs.</summary>
    public const string Forms = "fixed(x), exp(mean), tri(min,mode,max), logn(mean,sd), uni(min,max), emp(x1;x2;...), shift(dist,hours) or a number";

    /// <summary>Largest parameter a distribution may have, hours (about 114 years): past it a value is a typo, not a delay.</summary>
    public const double MaxValue = 1_000_000;

    /// <summary>Parses <paramref name="text"/>; an empty text is zero. On failure, <paramref name="error"/> says why.</summary>
    public static bool TryParse(string text, out Distribution distribution, out string error)
    {
        distribution = Distribution.Zero;
        error = "";
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            return true;
        try
        {
            distribution = ParseTrimmed(trimmed);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // .NET's argument messages carry "(Parameter 'x')" and a second line; the first clause is the reason.
            var reason = e.Message.Split('\n')[0].Split(" (Parameter", 2)[0].Trim();
            error = $"bad distribution '{trimmed}': {reason}";
            return false;
        }
    }

    private static Distribution ParseTrimmed(string text)
    {
        if (TryNumber(text, out var constant))
            return new FixedDistribution(InRange(constant));
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || text[^1] != ')')
            throw new FormatException($"expected {Forms}");
        var name = text[..open].Trim().ToLowerInvariant();
        var inner = text[(open + 1)..^1];
        if (name == "shift")
        {
            var comma = inner.LastIndexOf(',');
            if (comma < 0)
                throw new FormatException("shift(dist,hours) needs two arguments");
            var hours = Number(inner[(comma + 1)..]);
            if (Math.Abs(hours) > MaxValue)
                throw new FormatException($"shift hours must be between -{MaxValue:N0} and {MaxValue:N0}; got {hours}");
            return new ShiftedDistribution(ParseTrimmed(inner[..comma].Trim()), hours);
        }
        var args = name == "emp" ? inner.Split(';', ',') : inner.Split(',');
        var values = args.Select(a => InRange(Number(a))).ToArray();
        return (name, values.Length) switch
        {
            ("fixed", 1) => new FixedDistribution(values[0]),
            ("exp", 1) => new ExponentialDistribution(Positive(values[0], "exp(mean) needs a mean above 0")),
            ("tri", 3) when !(values[0] <= values[1] && values[1] <= values[2]) => throw new FormatException("tri(min,mode,max) needs min ≤ mode ≤ max"),
            ("tri", 3) => new TriangularDistribution(values[0], values[1], values[2]),
            ("logn", 2) => new LogNormalDistribution(Positive(values[0], "logn(mean,sd) needs a mean above 0"), Positive(values[1], "logn(mean,sd) needs an sd above 0")),
            ("uni", 2) when values[0] > values[1] => throw new FormatException("uni(min,max) needs min ≤ max"),
            ("uni", 2) => new UniformDistribution(values[0], values[1]),
            ("emp", > 0) => new EmpiricalDistribution(values),
            ("fixed" or "exp" or "tri" or "logn" or "uni", _) =>
                throw new FormatException($"{name}() takes {Arity(name)} argument(s), got {values.Length}"),
            _ => throw new FormatException($"unknown distribution '{name}'; expected {Forms}"),
        };
    }

    private static int Arity(string name) => name switch
    {
        "tri" => 3,
        "logn" or "uni" => 2,
        _ => 1,
    };

    private static double InRange(double value) =>
        value is >= 0 and <= MaxValue ? value : throw new FormatException($"parameters must be ≥ 0 and ≤ {MaxValue:N0}; got {value}");

    private static double Positive(double value, string message) => value > 0 ? value : throw new FormatException(message);

    private static double Number(string text) =>
        TryNumber(text.Trim(), out var value) ? value : throw new FormatException($"'{text.Trim()}' is not a number");

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
