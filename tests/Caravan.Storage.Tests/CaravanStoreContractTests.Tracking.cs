namespace Caravan.Storage.Tests;

/// <summary>Tracking's tables on every database: consignments replace, events deduplicate by key, alerts are stored once.</summary>
public abstract partial class CaravanStoreContractTests
{
    private static readonly DateTimeOffset EventTime = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(5));

    [SkippableFact]
    public async Task SaveConsignment_Twice_ReplacesTheBody()
    {
        await Store.SaveConsignmentAsync("U-1", """{"id":"U-1","v":1}""");
        await Store.SaveConsignmentAsync("U-1", """{"id":"U-1","v":2}""");
        await Store.SaveConsignmentAsync("GA-1", """{"id":"GA-1"}""");
        var rows = await Store.ConsignmentsAsync();
        Assert.Equal(["GA-1", "U-1"], rows.Select(r => r.Id));
        Assert.Equal("""{"id":"U-1","v":2}""", rows[1].Body);
    }

    [SkippableFact]
    public async Task AddEvents_RepeatedKey_StoredOnceAndCountedNew()
    {
        Assert.Equal(2, await Store.AddEventsAsync([("e1", "epcis", EventTime, false, "{\"a\":1}"), ("e2", "dcsa", EventTime, false, "{\"b\":2}")]));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Store.AddEventsAsync([("e1", "epcis", EventTime, false, "{\"changed\":1}"), ("retraction:e1", "epcis", EventTime, true, "{}")]));
        var events = await Store.EventsAsync();
        Assert.Equal(["e1", "e2", "retraction:e1"], events.Select(e => e.Id));
        Assert.Equal("{\"a\":1}", events[0].Body);
    }

    [SkippableFact]
    public async Task AddAlert_SameConsignmentKindSubject_StoredOnce()
    {
        var alert = new StoredAlert("U-1", "overdue_dwell", "KZAAU", EventTime, "at KZAAU for 150 h");
        Assert.True(await Store.AddAlertAsync(alert));
        Assert.False(await Store.AddAlertAsync(alert with { Reason = "again" }));
        Assert.True(await Store.AddAlertAsync(alert with { Consignment = "GA-1" }));
        Assert.Equal(2, (await Store.AlertsAsync()).Count);
        var mine = Assert.Single(await Store.AlertsAsync("U-1"));
        Assert.Equal(("at KZAAU for 150 h", EventTime.ToUniversalTime()), (mine.Reason, mine.RaisedAt));
    }
}
