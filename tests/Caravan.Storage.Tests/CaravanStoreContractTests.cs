using System.Diagnostics;
using System.Text.Json;

namespace Caravan.Storage.Tests;

/// <summary>What every database behind <see cref="CaravanStore"/> must do; one subclass per database.</summary>
public abstract partial class CaravanStoreContractTests : IDisposable
{
    private readonly ManualClock _clock = new();
    private StoreLocation? _location;
    private CaravanStore? _store;

    /// <summary>A new, empty database for this test.</summary>
    protected abstract StoreLocation FreshLocation();

    /// <summary>Removes what <see cref="FreshLocation"/> made.</summary>
    protected abstract void DropLocation();

    private StoreLocation Location => _location ??= FreshLocation();

    private CaravanStore Store => _store ??= CaravanStore.Open(Location, _clock);

    [SkippableFact]
    public async Task Open_Twice_RunsEachMigrationOnce()
    {
        var first = await Store.AppliedMigrationsAsync();
        using var again = CaravanStore.Open(Location, _clock);
        var second = await again.AppliedMigrationsAsync();
        Assert.Equal(first, second);
        Assert.Contains(first, name => name.EndsWith("0001_initial.sql", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task SaveScenario_New_RoundTrips()
    {
        var saved = await Store.SaveScenarioAsync("storm-week", "Storm week", "alice", shared: false, """{"edits":[]}""");
        var read = await Store.GetScenarioAsync("storm-week");
        Assert.Equal(saved, read);
        Assert.Equal(("Storm week", "alice", false, """{"edits":[]}"""), (read!.Name, read.Owner, read.Shared, read.Body));
        Assert.Equal(_clock.GetUtcNow(), read.CreatedAt);
        Assert.Null(await Store.GetScenarioAsync("nope"));
    }

    [SkippableFact]
    public async Task SaveScenario_Existing_ReplacesBodyKeepsOwnerAndCreation()
    {
        var first = await Store.SaveScenarioAsync("s", "One", "alice", false, "{}");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Store.SaveScenarioAsync("s", "Two", "mallory", true, """{"x":1}""");
        Assert.Equal(("Two", "alice", true, """{"x":1}"""), (second.Name, second.Owner, second.Shared, second.Body));
        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.Equal(first.CreatedAt + TimeSpan.FromMinutes(5), second.UpdatedAt);
    }

    [SkippableFact]
    public async Task ListScenarios_OthersPrivate_HiddenExceptFromAdmins()
    {
        await Store.SaveScenarioAsync("a-private", "A", "alice", false, "{}");
        await Store.SaveScenarioAsync("a-shared", "A2", "alice", true, "{}");
        await Store.SaveScenarioAsync("b-private", "B", "bob", false, "{}");
        Assert.Equal(["a-private", "a-shared"], (await Store.ListScenariosAsync("alice")).Select(s => s.Id));
        Assert.Equal(["a-shared", "b-private"], (await Store.ListScenariosAsync("bob")).Select(s => s.Id));
        Assert.Equal(["a-shared"], (await Store.ListScenariosAsync(null)).Select(s => s.Id));
        Assert.Equal(3, (await Store.ListScenariosAsync("root", everything: true)).Count);
    }

    [SkippableFact]
    public async Task DeleteScenario_ThenAgain_TrueThenFalse()
    {
        await Store.SaveScenarioAsync("gone", "G", "alice", false, "{}");
        Assert.True(await Store.DeleteScenarioAsync("gone"));
        Assert.False(await Store.DeleteScenarioAsync("gone"));
        Assert.Null(await Store.GetScenarioAsync("gone"));
    }

    [SkippableFact]
    public async Task Run_QueuedRunningSucceeded_RecordsProgressResultsAndTimes()
    {
        var run = await Store.CreateRunAsync("simulation", "alice", """{"n":1}""", """{"seed":7}""");
        Assert.Equal((RunStatus.Queued, 0.0, false), (run.Status, run.Progress, run.IsFinal));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Store.StartRunAsync(run.Id));
        Assert.False(await Store.StartRunAsync(run.Id));
        await Store.UpdateProgressAsync(run.Id, 0.25);
        Assert.Equal(0.25, (await Store.GetRunAsync(run.Id))!.Progress);
        Assert.Null(await Store.GetRunResultsAsync(run.Id));
        _clock.Advance(TimeSpan.FromSeconds(2.5));
        Assert.True(await Store.FinishRunAsync(run.Id, RunStatus.Succeeded, """{"p50":3}""", null, """{"seed":7,"wallSeconds":2.5}"""));
        var done = (await Store.GetRunAsync(run.Id))!;
        Assert.Equal((RunStatus.Succeeded, 1.0, true, 2.5), (done.Status, done.Progress, done.IsFinal, done.WallSeconds));
        Assert.Equal("""{"seed":7,"wallSeconds":2.5}""", done.Manifest);
        Assert.Equal("""{"p50":3}""", await Store.GetRunResultsAsync(run.Id));
    }

    [SkippableFact]
    public async Task CancelRun_Running_FinalAndLaterFinishIgnored()
    {
        var run = await Store.CreateRunAsync("simulation", "alice", "{}", "{}");
        await Store.StartRunAsync(run.Id);
        Assert.True(await Store.CancelRunAsync(run.Id));
        Assert.False(await Store.CancelRunAsync(run.Id));
        Assert.False(await Store.FinishRunAsync(run.Id, RunStatus.Succeeded, """{"late":true}""", null));
        var read = (await Store.GetRunAsync(run.Id))!;
        Assert.Equal(RunStatus.Cancelled, read.Status);
        Assert.Null(await Store.GetRunResultsAsync(run.Id));
        Assert.False(await Store.CancelRunAsync("no-such-run"));
    }

    [SkippableFact]
    public async Task FailAbandonedRuns_LeftRunning_MarkedFailed()
    {
        var queued = await Store.CreateRunAsync("flow", "alice", "{}", "{}");
        var running = await Store.CreateRunAsync("flow", "alice", "{}", "{}");
        await Store.StartRunAsync(running.Id);
        var finished = await Store.CreateRunAsync("flow", "alice", "{}", "{}");
        await Store.FinishRunAsync(finished.Id, RunStatus.Succeeded, "{}", null);
        Assert.Equal(2, await Store.FailAbandonedRunsAsync());
        Assert.Equal(RunStatus.Failed, (await Store.GetRunAsync(queued.Id))!.Status);
        Assert.Equal(RunStatus.Failed, (await Store.GetRunAsync(running.Id))!.Status);
        Assert.Equal(RunStatus.Succeeded, (await Store.GetRunAsync(finished.Id))!.Status);
    }

    [SkippableFact]
    public async Task ListRuns_ByKindAndLimit_NewestFirst()
    {
        var ids = new List<string>();
        foreach (var kind in new[] { "route", "simulation", "route", "risk" })
        {
            ids.Add((await Store.CreateRunAsync(kind, "alice", "{}", "{}")).Id);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Equal(ids.AsEnumerable().Reverse(), (await Store.ListRunsAsync()).Select(r => r.Id));
        Assert.Equal([ids[2], ids[0]], (await Store.ListRunsAsync(kind: "route")).Select(r => r.Id));
        Assert.Equal([ids[3]], (await Store.ListRunsAsync(limit: 1)).Select(r => r.Id));
    }

    [SkippableFact]
    public async Task VerifyKey_IssuedToken_FindsKeyWithRole()
    {
        var issued = await Store.CreateKeyAsync("alice", Role.Analyst);
        var key = await Store.VerifyKeyAsync(issued.Token);
        Assert.Equal(issued.Key, key);
        Assert.Equal(Role.Analyst, key!.Role);
    }

    [SkippableFact]
    public async Task VerifyKey_WrongMalformedOrRevoked_Null()
    {
        var issued = await Store.CreateKeyAsync("alice", Role.Admin);
        var tampered = issued.Token[..^2] + (issued.Token.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA");
        Assert.Null(await Store.VerifyKeyAsync(tampered));
        Assert.Null(await Store.VerifyKeyAsync("cvn_"));
        Assert.Null(await Store.VerifyKeyAsync("not-a-token"));
        Assert.Null(await Store.VerifyKeyAsync($"cvn_{issued.Key.Id}_"));
        Assert.True(await Store.RevokeKeyAsync(issued.Key.Id));
        Assert.Null(await Store.VerifyKeyAsync(issued.Token));
        Assert.False(await Store.RevokeKeyAsync(issued.Key.Id));
        Assert.NotNull(Assert.Single(await Store.ListKeysAsync()).RevokedAt);
    }

    [SkippableFact]
    public async Task FinishRun_WriterKilledMidWrite_EachRunOldOrNewNeverHalf()
    {
        _ = Store; // migrate before the child starts, so the kill lands in run writes
        const int PayloadBytes = 4 << 20;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var child = StartWriter(PayloadBytes);
            // Let it save a couple of runs, then kill it at a moment that varies with the attempt.
            await WaitForLineAsync(child, "saved 1");
            await Task.Delay(37 * (attempt + 1));
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        using var reopened = CaravanStore.Open(Location, _clock);
        var runs = await reopened.ListRunsAsync(limit: 1000, kind: "simulation");
        Assert.True(runs.Count(r => r.Status == RunStatus.Succeeded) >= 6, "each writer saved at least two runs");
        foreach (var run in runs)
        {
            var manifest = JsonDocument.Parse(run.Manifest).RootElement.GetProperty("iteration").GetInt32();
            var results = await reopened.GetRunResultsAsync(run.Id);
            if (run.Status == RunStatus.Succeeded)
            {
                var body = JsonDocument.Parse(results!).RootElement;
                Assert.Equal(manifest, body.GetProperty("iteration").GetInt32());
                Assert.Equal(PayloadBytes, body.GetProperty("payload").GetString()!.Length);
            }
            else
            {
                Assert.Equal((RunStatus.Queued, -1, null), (run.Status == RunStatus.Running ? RunStatus.Queued : run.Status, manifest, results));
            }
        }
    }

    private Process StartWriter(int payloadBytes)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Caravan.Storage.CrashWriter.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(writer);
        info.ArgumentList.Add(Location.ConnectionString);
        info.ArgumentList.Add(payloadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Process.Start(info)!;
    }

    private static async Task WaitForLineAsync(Process child, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == expected)
                return;
        }
        Assert.Fail($"the writer exited before printing '{expected}'");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _store?.Dispose();
        if (_location is not null)
            DropLocation();
        GC.SuppressFinalize(this);
    }
}
