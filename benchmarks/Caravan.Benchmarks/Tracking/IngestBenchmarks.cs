using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Caravan.Core.Data;
using Caravan.Core.Tracking;

namespace Caravan.Benchmarks.Tracking;

/// <summary>
/// Ingest throughput on one node: reading (for EPCIS, checking against the EPCIS JSON Schema),
/// normalising and ingesting (future, place and duplicate checks) <see cref="Events"/> events in each
/// format. Events per second = Events ÷ mean time. The events are made up: a consignment's milestones
/// cycling through the Middle Corridor's nodes, each with its own id.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private static readonly string[] Places = ["KZPWQ", "KZAAU", "AZALA", "GEPTI", "JPYOK"];
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private LocationMatcher _places = null!;
    private string _csv = null!;
    private string _dcsa = null!;
    private string[] _epcis = null!;

    /// <summary>Events per run.</summary>
    [Params(10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _places = new LocationMatcher(DatasetReader.BuiltIn());
        var csv = new StringBuilder("event_id,consignment,milestone,time,locode,classifier\n");
        var dcsa = new StringBuilder("[");
        for (var i = 0; i < Events; i++)
        {
            var time = Start.AddMinutes(i).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            var place = Places[i % Places.Length];
            csv.Append(CultureInfo.InvariantCulture, $"m{i},C{i / 50},{(i % 2 == 0 ? "arrived" : "departed")},{time},{place},actual\n");
            dcsa.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $$"""{"eventID": "d{{i}}", "eventType": "TRANSPORT", "eventClassifierCode": "ACT", "eventDateTime": "{{time}}", "transportEventTypeCode": "{{(i % 2 == 0 ? "ARRI" : "DEPA")}}", "transportCall": {"transportCallID": "t{{i}}", "modeOfTransport": "RAIL", "UNLocationCode": "{{(place == "JPYOK" ? "KZPWQ" : place == "GEPTI" ? "KZAAU" : place)}}"}, "documentReferences": [{"documentReferenceType": "BKG", "documentReferenceValue": "C{{i / 50}}"}]}""");
        }
        _csv = csv.ToString();
        _dcsa = dcsa.Append(']').ToString();
        // EPCIS documents of 100 events each, as a partner would post them.
        _epcis = Enumerable.Range(0, Events / 100).Select(d =>
        {
            var doc = new StringBuilder("""{"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"], "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T00:00:00Z", "epcisBody": {"eventList": [""");
            for (var k = 0; k < 100; k++)
            {
                var i = d * 100 + k;
                var time = Start.AddMinutes(i).ToString("yyyy-MM-ddTHH:mm:ss+05:00", CultureInfo.InvariantCulture);
                doc.Append(k == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $$"""{"type": "ObjectEvent", "eventID": "ni:///e{{i}}", "action": "OBSERVE", "bizStep": "{{(i % 2 == 0 ? "arriving" : "departing")}}", "epcList": ["urn:epc:id:sgtin:4012345.011111.{{i / 50}}"], "eventTime": "{{time}}", "eventTimeZoneOffset": "+05:00", "bizLocation": {"id": "urn:unece:locode:{{Places[i % Places.Length]}}"} }""");
            }
            return doc.Append("]}}").ToString();
        }).ToArray();
    }

    private EventLog NewLog() => new(_places, TimeProvider.System);

    [Benchmark]
    public int MilestoneCsv() => NewLog().Ingest(MilestoneReader.ReadCsv(_csv, "m.csv"), "m.csv").Accepted;

    [Benchmark]
    public int DcsaJson() => NewLog().Ingest(DcsaReader.Read(_dcsa, "d.json"), "d.json").Accepted;

    [Benchmark]
    public int EpcisDocuments()
    {
        var log = NewLog();
        var accepted = 0;
        foreach (var doc in _epcis)
            accepted += log.Ingest(EpcisReader.Read(doc, "e.jsonld"), "e.jsonld").Accepted;
        return accepted;
    }
}
