using Caravan.Core.Data;
using Caravan.Core.Tracking;
using Xunit.Abstractions;

namespace Caravan.Core.Tests.Fuzz;

/// <summary>
/// Mutated event documents — the standards' published EPCIS and DCSA examples and milestone files —
/// read and ingested: every rejection is located (a line and column, or a JSON path), never a crash,
/// a hang or unbounded memory.
/// </summary>
public sealed class EventFuzzTests(ITestOutputHelper output)
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Tracking", "Examples");

    private static readonly string[] EpcisSeeds = Directory.GetFiles(Path.Combine(Examples, "epcis")).Select(File.ReadAllText).ToArray();

    private static readonly string[] DcsaSeeds = Directory.GetFiles(Path.Combine(Examples, "dcsa")).Select(File.ReadAllText).ToArray();

    private static readonly string[] MilestoneSeeds =
    [
        "event_id,consignment,milestone,time,locode,classifier,equipment,mode,document,sensor_type,sensor_value,sensor_unit\n"
        + "m1,GA-1,departed,2026-03-01T08:00:00+06:00,KZPWQ,actual,,rail,ETIR-1,,,\n"
        + "m2,GA-1,arrived,2026-03-04T10:00:00+05:00,KZAAU,actual,CSQU3054383,,,temperature,21.5,CEL\n",
        """[{"eventId": "j1", "consignment": "U-1", "milestone": "customs_cleared", "time": "2026-03-05T09:00:00Z", "locode": "KZAAU", "document": "ECMR-77"}]""",
    ];

    private static readonly string[] JsonTokens =
        ["{", "}", "[", "]", ",", ":", "\"", "1e308", "-1", "null", "true", "\"type\": \"ObjectEvent\",", "\"eventTime\": \"x\",", "\"eventType\": \"TRANSPORT\",",
         "\"eventClassifierCode\": \"ACT\",", "\"UNLocationCode\": \"KZ1\",", "\"equipmentReference\": \"CSQU3054384\",", "\"eventDateTime\": \"2099-01-01T00:00:00Z\",",
         "\\u0000", "\n", " ", "\uFEFF", "\"eventTimeZoneOffset\": \"+25:00\","];

    private static readonly string[] CsvTokens = [",", "\"", "\n", "\r\n", "2099-01-01T00:00:00Z", "KZ1", "XXXX1234567", "departed", "nan", "1e999", "\0", ";"];

    private static readonly LocationMatcher Places = new(DatasetReader.BuiltIn());

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Problem> ReadAndIngest(string text, string file) =>
        new EventLog(Places, new Tracking.ReplayClock(Now)).Ingest(EventReader.Read(text, file), file).Problems;

    private static bool Located(Problem p, string file) => p.File == file && (p.Line > 0 || p.Message.StartsWith('$'));

    [Fact]
    public void Ingest_MutatedEpcis_EventsOrLocatedRejections()
    {
        var figures = FuzzCampaign.Run(Mutation.Of(EpcisSeeds, JsonTokens), text => ReadAndIngest(text, "fuzz.jsonld"), p => Located(p, "fuzz.jsonld"));
        output.WriteLine($"EPCIS: {figures}");
    }

    [Fact]
    public void Ingest_MutatedDcsa_EventsOrLocatedRejections()
    {
        var figures = FuzzCampaign.Run(Mutation.Of(DcsaSeeds, JsonTokens), text => ReadAndIngest(text, "fuzz.json"), p => Located(p, "fuzz.json"));
        output.WriteLine($"DCSA: {figures}");
    }

    [Fact]
    public void Ingest_MutatedMilestones_EventsOrLocatedRejections()
    {
        var figures = FuzzCampaign.Run(Mutation.Of(MilestoneSeeds, CsvTokens.Concat(JsonTokens).ToArray()), text => ReadAndIngest(text, "fuzz.csv"), p => Located(p, "fuzz.csv"));
        output.WriteLine($"milestones: {figures}");
    }
}
