using System.Diagnostics;

namespace Caravan.Server.Tests.Hardening;

/// <summary>The real server in a child process on a free loopback port, so a test can kill it as a crash would.</summary>
internal sealed class ServerProcess : IDisposable
{
    private const string Listening = "Now listening on: ";
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where the server listens.</summary>
    public Uri Address { get; }

    /// <summary>Starts the server on <paramref name="database"/> with one worker and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string database, params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Caravan.Server.dll"));
        foreach (var argument in new[] { "--urls", "http://127.0.0.1:0", $"--Caravan:Database={database}", "--Caravan:Workers=1" }.Concat(settings))
            info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(Listening, StringComparison.Ordinal);
            if (at < 0)
                continue;
            // Keep draining the log so the child never blocks on a full pipe.
            _ = Task.Run(async () =>
            {
                while (await process.StandardOutput.ReadLineAsync() is not null)
                {
                }
            });
            return new ServerProcess(process, new Uri(line[(at + Listening.Length)..].Trim()));
        }
        process.Kill();
        throw new InvalidOperationException("the server exited before it listened");
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an out-of-memory kill.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            KillHard();
        _process.Dispose();
    }
}
