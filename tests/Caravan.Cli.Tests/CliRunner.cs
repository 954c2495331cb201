using Spectre.Console.Testing;

namespace Caravan.Cli.Tests;

/// <summary>Runs the caravan command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    /// <summary>Runs the command; returns the exit code and what a user sees on a terminal: standard output, then standard error.</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var (exitCode, output, error) = RunSplit(args);
        return (exitCode, output + error);
    }

    /// <summary>Runs the command; returns the exit code, standard output and standard error apart.</summary>
    public static (int ExitCode, string Output, string Error) RunSplit(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var errors = new TestConsole().Width(200);
        var exitCode = CaravanApp.Run(args, console, errors);
        return (exitCode, console.Output, errors.Output);
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

    /// <summary>A temporary copy of <see cref="ValidFixture"/> whose minerals table has an unreadable quantity (line 2, column 5).</summary>
    public static string FixtureWithBadMinerals()
    {
        var folder = TempFolder();
        foreach (var file in Directory.GetFiles(ValidFixture))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        Directory.CreateDirectory(Path.Combine(folder, "minerals"));
        File.WriteAllText(Path.Combine(folder, "minerals", "production.csv"),
            "mineral,stage,country,year,quantity,unit,edition,edition_year\ngallium,processing,CN,2024,lots,t,E,2026\n");
        return folder;
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "caravan-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
