using Spectre.Console.Testing;

namespace Caravan.Cli.Tests;

/// <summary>Runs the caravan command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var exitCode = CaravanApp.Run(args, console);
        return (exitCode, console.Output);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Caravan.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Caravan.slnx not found above the test folder.");
    }

    /// <summary>The small valid dataset the Core tests use.</summary>
    public static string ValidFixture => Path.Combine(RepositoryRoot(), "tests", "Caravan.Core.Tests", "Fixtures", "valid");

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "caravan-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
