namespace Caravan.Storage.Tests;

/// <summary>Per-owner scenario names and private runs, on every database.</summary>
public abstract partial class CaravanStoreContractTests
{
    [SkippableFact]
    public async Task TryCreateScenario_SameNameTwoOwnersPrivate_BothKept()
    {
        Assert.True(await Store.TryCreateScenarioAsync("plan", "plan", "alice", false, "{}"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Store.TryCreateScenarioAsync("bob/plan", "plan", "bob", false, "{}"));

        var named = await Store.ScenariosNamedAsync("plan");

        Assert.Equal(["alice", "bob"], named.Select(s => s.Owner));
        Assert.Empty(await Store.ScenariosNamedAsync("other"));
    }

    [SkippableFact]
    public async Task TryCreateScenario_TakenNameForItsOwnerOrAmongShared_RefusedWithoutOverwriting()
    {
        Assert.True(await Store.TryCreateScenarioAsync("plan", "plan", "alice", true, """{"v":1}"""));

        Assert.False(await Store.TryCreateScenarioAsync("plan", "plan", "mallory", false, """{"v":2}""")); // the id
        Assert.False(await Store.TryCreateScenarioAsync("alice/plan", "plan", "alice", false, """{"v":3}""")); // alice's name
        Assert.False(await Store.TryCreateScenarioAsync("carol/plan", "plan", "carol", true, """{"v":4}""")); // a shared name
        Assert.Equal("""{"v":1}""", Assert.Single(await Store.ScenariosNamedAsync("plan")).Body);
    }

    [SkippableFact]
    public async Task ListRuns_PrivateRuns_OnlyTheirOwnerAndEverything()
    {
        var open = await Store.CreateRunAsync("route", "alice", "{}", "{}");
        var secret = await Store.CreateRunAsync("route", "alice", "{}", "{}", isPrivate: true);

        Assert.True((await Store.GetRunAsync(secret.Id))!.Private);
        Assert.False(open.Private);
        Assert.Equal([open.Id], (await Store.ListRunsAsync(10, null, "bob", everything: false)).Select(r => r.Id));
        Assert.Equal([open.Id], (await Store.ListRunsAsync(10, null, null, everything: false)).Select(r => r.Id));
        Assert.Equal(2, (await Store.ListRunsAsync(10, null, "alice", everything: false)).Count);
        Assert.Equal(2, (await Store.ListRunsAsync(10, null, "root", everything: true)).Count);
    }

    [SkippableFact]
    public async Task FailAbandonedRuns_Marked_WithTheReason()
    {
        var queued = await Store.CreateRunAsync("flow", "alice", "{}", "{}");

        await Store.FailAbandonedRunsAsync();

        Assert.Equal(CaravanStore.AbandonedReason, (await Store.GetRunAsync(queued.Id))!.Error);
    }
}
