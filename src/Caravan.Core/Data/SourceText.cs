namespace Caravan.Core.Data;

/// <summary>Reads a whole text file of a dataset (a scenario, SOURCES.md), turning a read failure or an over-long file into a problem.</summary>
internal static class SourceText
{
    /// <summary>The text of <paramref name="reader"/>; null with a problem naming <paramref name="file"/> when it cannot be read.</summary>
    public static string? Read(TextReader reader, string file, List<Problem> problems)
    {
        try
        {
            return InputLimits.Default.Bound(reader).ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Problem(file, 0, 0, e is InputException ? e.Message : $"cannot read: {e.Message}"));
            return null;
        }
    }
}
