using Caravan.Core.Data;
using Caravan.Core.Tracking;

namespace Caravan.Core.Tests.Tracking;

/// <summary>The checks of ingest that need the network and the clock, each a located rejection; duplicates and retractions counted.</summary>
public sealed class IngestTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly LocationMatcher Places = new(TrackingWorld.Eurasia, new Dictionary<string, string> { ["urn:epc:id:sgln:0614141.07346.1234"] = "KZPWQ" });

    private static EventLog NewLog() => new(Places, new ReplayClock(Now));

    private const string Header = "event_id,consignment,milestone,time,locode,classifier,equipment,mode\n";

    [Fact]
    public void Ingest_ActualEventInTheFuture_RejectedAtItsLine()
    {
        var result = NewLog().Ingest(MilestoneReader.ReadCsv(Header + "a,GA-1,departed,2026-03-11T00:00:00Z,KZPWQ,actual,,\nb,GA-1,arrived,2026-03-11T00:00:00Z,KZAAU,estimated,,\n", "m.csv"), "m.csv");
        Assert.Equal(1, result.Accepted); // an estimate may be in the future
        Assert.Equal(1, result.Rejected);
        Assert.Contains("line 2: an actual event", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Ingest_SameIdTwice_CountedAsDuplicate()
    {
        var log = NewLog();
        var text = Header + "a,GA-1,departed,2026-03-01T00:00:00Z,KZPWQ,actual,,\n";
        Assert.Equal(1, log.Ingest(MilestoneReader.ReadCsv(text, "m.csv"), "m.csv").Accepted);
        var again = log.Ingest(MilestoneReader.ReadCsv(text + "a,GA-1,departed,2026-03-01T00:00:00Z,KZPWQ,actual,,\n", "m.csv"), "m.csv");
        Assert.Equal((0, 0, 2), (again.Accepted, again.Rejected, again.Duplicates));
        Assert.Single(log.Events);
    }

    [Fact]
    public void Ingest_BadContainerCheckDigit_RejectedWithTheRightDigit()
    {
        var read = MilestoneReader.ReadCsv(Header + "a,GA-1,loaded,2026-03-01T00:00:00Z,KZAAU,actual,CSQU3054384,\n", "m.csv");
        var problem = Assert.Single(read.Problems);
        Assert.Equal((2, 7), (problem.Line, problem.Column));
        Assert.Contains("check digit is 3, not 4", problem.Message);
    }

    [Fact]
    public void Ingest_VesselAtAnInlandTerminal_RejectedForItsFunction()
    {
        var dcsa = """
            [{"eventID": "t1", "eventType": "TRANSPORT", "eventClassifierCode": "ACT", "eventDateTime": "2026-03-01T00:00:00Z",
              "transportEventTypeCode": "ARRI", "transportCall": {"transportCallID": "x", "modeOfTransport": "VESSEL", "UNLocationCode": "KZPWQ"}},
             {"eventID": "t2", "eventType": "TRANSPORT", "eventClassifierCode": "ACT", "eventDateTime": "2026-03-02T00:00:00Z",
              "transportEventTypeCode": "DEPA", "transportCall": {"transportCallID": "y", "modeOfTransport": "VESSEL", "UNLocationCode": "KZAAU"}}]
            """;
        var result = NewLog().Ingest(DcsaReader.Read(dcsa, "t.json"), "t.json");
        Assert.Equal((1, 1), (result.Accepted, result.Rejected));
        Assert.Contains("$[0]: KZPWQ", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Ingest_BadLocodeAndBadTime_LocatedByJsonPath()
    {
        var dcsa = """
            [{"eventID": "t1", "eventType": "TRANSPORT", "eventClassifierCode": "ACT", "eventDateTime": "2026-03-01T00:00:00Z",
              "transportEventTypeCode": "ARRI", "transportCall": {"modeOfTransport": "RAIL", "UNLocationCode": "KZ1"}},
             {"eventID": "t2", "eventType": "EQUIPMENT", "eventClassifierCode": "ACT", "eventDateTime": "yesterday", "equipmentEventTypeCode": "LOAD"}]
            """;
        var read = DcsaReader.Read(dcsa, "t.json");
        Assert.Equal(2, read.Rejected);
        Assert.Equal("t.json:2:100: $[0].transportCall.UNLocationCode: 'KZ1' is not a UN/LOCODE (two letters of country, three of place)", read.Problems[0].ToString());
        Assert.StartsWith("t.json:3:", read.Problems[1].ToString());
        Assert.Contains("$[1].eventDateTime", read.Problems[1].Message);
    }

    [Fact]
    public void Ingest_EpcisEventBreakingTheSchema_OnlyThatEventRejectedWithItsPath()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Tracking", "Examples", "epcis", "Example_9.6.1-ObjectEvent.jsonld"))
            .Replace("\"action\": \"OBSERVE\",\n\t\t  \"bizStep\": \"receiving\"", "\"action\": \"LOOK\",\n\t\t  \"bizStep\": \"receiving\"", StringComparison.Ordinal);
        var read = EpcisReader.Read(text, "doc.jsonld");
        Assert.Single(read.Events);
        Assert.Equal(1, read.Rejected);
        Assert.Contains("$.epcisBody.eventList[1]", Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void Ingest_ErrorDeclaration_RetractsTheEarlierEvent()
    {
        var log = NewLog();
        var original = """{"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"], "type": "ObjectEvent", "eventID": "ni:///x", "action": "OBSERVE", "bizStep": "shipping", "epcList": ["urn:epc:id:sgtin:1.2.3"], "eventTime": "2026-03-01T00:00:00+06:00", "eventTimeZoneOffset": "+06:00", "readPoint": {"id": "urn:epc:id:sgln:0614141.07346.1234"}}""";
        var declaration = original.Replace("\"action\"", "\"errorDeclaration\": {\"declarationTime\": \"2026-03-02T00:00:00Z\", \"reason\": \"incorrect_data\"}, \"action\"", StringComparison.Ordinal);
        var first = log.Ingest(EpcisReader.Read(original, "a"), "a");
        Assert.True(first.Accepted == 1, string.Join("; ", first.Problems));
        Assert.Equal("KZPWQ", log.Events[0].Node); // the SGLN through the alias table
        var second = log.Ingest(EpcisReader.Read(declaration, "b"), "b");
        Assert.Equal((1, 1), (second.Accepted, second.Retracted));
        Assert.Empty(log.Standing);
    }

    [Fact]
    public void ContainerNumber_PublishedExamples_CheckDigits()
    {
        Assert.Equal(3, ContainerNumber.CheckDigit("CSQU3054383")); // ISO 6346 Annex A worked example
        Assert.Null(ContainerNumber.Problem("APZU4812090")); // DCSA T&T 2.2 example equipmentReference
        Assert.NotNull(ContainerNumber.Problem("APZX4812090"));
    }

    [Fact]
    public void Locode_Spellings()
    {
        Assert.Equal("KZAAU", Locode.From("urn:unece:locode:KZAAU"));
        Assert.Equal("KZAAU", Locode.From("KZ AAU"));
        Assert.Null(Locode.From("KZ1AU"));
        Assert.Null(Locode.From("kzaau"));
    }
}
