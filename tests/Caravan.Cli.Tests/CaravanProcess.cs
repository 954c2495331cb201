using System.Diagnostics;

namespace Caravan.Cli.Tests;

/// <summary>Runs the built <c>caravan</c> as a separate process with both streams piped, as a shell pipeline would.</summary>
internal static class CaravanProcess
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CaravanApp).Assembly.Location);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"caravan {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
