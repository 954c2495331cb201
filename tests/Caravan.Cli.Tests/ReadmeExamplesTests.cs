using System.Text.RegularExpressions;

namespace Caravan.Cli.Tests;

/// <summary>Every <c>caravan ...</c> example in the README runs and succeeds, so the examples cannot rot.</summary>
public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public void ReadmeExamples_AllRunInOrder_AndSucceed()
    {
        var readme = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "README.md"));
        var examples = ExampleLine().Matches(readme).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.True(examples.Count >= 5, "the README tour lost its examples");

        // Paths in the examples are relative; run them inside a scratch folder.
        var scratch = CliRunner.TempFolder();
        foreach (var example in examples)
        {
            var args = Split(example).Select((a, i) => IsPathOption(Split(example), i) ? Path.Combine(scratch, a)
                : IsRepositoryPathOption(Split(example), i) ? Path.Combine(CliRunner.RepositoryRoot(), a) : a).ToArray();
            var (exit, output) = CliRunner.Run(args);
            Assert.True(exit == 0, $"'caravan {example}' exited {exit}:\n{output}");
        }
    }

    private static string[] Split(string example) => example.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsPathOption(string[] args, int i) =>
        i > 0 && args[i - 1] is "--out" or "--geojson" or "--data" or "--plot" or "--input" or "--flows-out";

    // Files that ship with the repository (the TNTP test networks), named from its root.
    private static bool IsRepositoryPathOption(string[] args, int i) => i > 0 && args[i - 1] is "--tntp-net" or "--tntp-trips";

    // "caravan <args>" at the start of a line inside a code block, up to a comment.
    [GeneratedRegex(@"^caravan ([^#\n]+)", RegexOptions.Multiline)]
    private static partial Regex ExampleLine();
}
