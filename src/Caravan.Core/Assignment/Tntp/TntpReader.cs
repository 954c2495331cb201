using System.Globalization;
using Caravan.Core.Data;

namespace Caravan.Core.Assignment.Tntp;

/// <summary>
/// Reads the TNTP formats of the Transportation Networks for Research repository (network, trip
/// table, flow file). Every problem comes back located as <c>file:line:column: message</c>, the
/// column being the character where the bad field starts; limits (<see cref="TntpReadOptions"/>) are
/// checked before anything large is allocated. Nothing here throws on bad input.
/// </summary>
public static partial class TntpReader
{
    /// <summary>Reads a network file.</summary>
    public static TntpResult<TntpNetwork> ReadNetwork(string path, TntpReadOptions? options = null) =>
        FromFile(path, options, ParseNetwork);

    /// <summary>Reads a trip table.</summary>
    public static TntpResult<TntpTrips> ReadTrips(string path, TntpReadOptions? options = null) =>
        FromFile(path, options, ParseTrips);

    /// <summary>Reads a flow file.</summary>
    public static TntpResult<TntpFlows> ReadFlows(string path, TntpReadOptions? options = null) =>
        FromFile(path, options, ParseFlows);

    /// <summary>Parses network text; <paramref name="file"/> names it in problems.</summary>
    public static TntpResult<TntpNetwork> ParseNetwork(TextReader reader, string file, TntpReadOptions? options = null)
    {
        options ??= new TntpReadOptions();
        var problems = new TntpProblems(file, options.MaxProblems);
        var network = ReadNetworkBody(new TntpSource(reader, options, problems), file, options, problems);
        return new TntpResult<TntpNetwork>(problems.Any ? null : network, problems.List);
    }

    /// <summary>Parses trip-table text; <paramref name="file"/> names it in problems.</summary>
    public static TntpResult<TntpTrips> ParseTrips(TextReader reader, string file, TntpReadOptions? options = null)
    {
        options ??= new TntpReadOptions();
        var problems = new TntpProblems(file, options.MaxProblems);
        var trips = ReadTripsBody(new TntpSource(reader, options, problems), file, options, problems);
        return new TntpResult<TntpTrips>(problems.Any ? null : trips, problems.List);
    }

    /// <summary>Parses flow-file text; <paramref name="file"/> names it in problems.</summary>
    public static TntpResult<TntpFlows> ParseFlows(TextReader reader, string file, TntpReadOptions? options = null)
    {
        options ??= new TntpReadOptions();
        var problems = new TntpProblems(file, options.MaxProblems);
        var flows = ReadFlowsBody(new TntpSource(reader, options, problems), file, problems);
        return new TntpResult<TntpFlows>(problems.Any ? null : flows, problems.List);
    }

    private static TntpResult<T> FromFile<T>(string path, TntpReadOptions? options, Func<TextReader, string, TntpReadOptions, TntpResult<T>> parse)
        where T : class
    {
        options ??= new TntpReadOptions();
        var info = new FileInfo(path);
        if (!info.Exists)
            return new TntpResult<T>(null, [new Problem(path, 0, 0, Directory.Exists(path) ? "is a folder, not a file" : "file not found")]);
        if (info.Length > options.MaxFileBytes)
            return new TntpResult<T>(null, [new Problem(path, 0, 0, $"the file is {info.Length:N0} bytes; the limit is {options.MaxFileBytes:N0}")]);
        try
        {
            using var reader = new StreamReader(path);
            return parse(reader, path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TntpResult<T>(null, [new Problem(path, 0, 0, $"cannot read the file: {e.Message}")]);
        }
    }

    /// <summary>Parses a field as a finite number, or adds a problem naming the field.</summary>
    private static bool TryNumber(TntpToken token, string field, int line, TntpProblems problems, out double value)
    {
        if (double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
            return true;
        problems.Add(line, token.Column, $"{field} must be a number, got '{Shorten(token.Text)}'");
        return false;
    }

    /// <summary>Parses a field as a whole number in [<paramref name="min"/>, <paramref name="max"/>], or adds a problem naming the field.</summary>
    private static bool TryInteger(TntpToken token, string field, int min, int max, int line, TntpProblems problems, out int value)
    {
        if (!int.TryParse(token.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            problems.Add(line, token.Column, $"{field} must be a whole number, got '{Shorten(token.Text)}'");
            return false;
        }
        if (value < min || value > max)
        {
            problems.Add(line, token.Column, $"{field} {value} is outside {min}..{max}");
            return false;
        }
        return true;
    }

    /// <summary>A field quoted in a message, cut short so a junk line cannot flood the output.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
