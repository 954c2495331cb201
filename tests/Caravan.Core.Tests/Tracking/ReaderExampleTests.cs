using Caravan.Core.Tracking;

namespace Caravan.Core.Tests.Tracking;

/// <summary>The standards' own published examples read without a problem, normalised as the standards mean them (Examples/README.md cites each).</summary>
public sealed class ReaderExampleTests
{
    private static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Tracking", "Examples", name));

    [Theory]
    [InlineData("epcis/Example_9.6.1-ObjectEvent.jsonld", 2)]
    [InlineData("epcis/Example_9.6.4-TransformationEvent.jsonld", 1)]
    [InlineData("epcis/Example_9.6.1-ObjectEvent-with-error-declaration.jsonld", 2)]
    [InlineData("epcis/SensorDataExample1.jsonld", 1)]
    [InlineData("epcis/SensorDataExample2.jsonld", 1)]
    public void Read_PublishedEpcisExample_EveryEventAccepted(string file, int events)
    {
        var text = Example(file);
        Assert.Equal(EventFormat.Epcis, EventReader.Detect(text));
        var result = EventReader.Read(text, file);
        Assert.Empty(result.Problems);
        Assert.Equal(events, result.Events.Count);
    }

    [Fact]
    public void Read_EpcisObjectEvent_NormalisedFields()
    {
        var result = EpcisReader.Read(Example("epcis/Example_9.6.1-ObjectEvent.jsonld"), "9.6.1");
        var first = result.Events[0];
        Assert.Equal(Milestone.Departed, first.Milestone); // bizStep "shipping"
        Assert.Equal(EventClassifier.Actual, first.Classifier);
        Assert.Equal(new DateTimeOffset(2005, 4, 3, 20, 33, 31, 116, TimeSpan.FromHours(-6)), first.Time);
        Assert.Equal(TimeSpan.FromHours(-6), first.Time.Offset);
        Assert.Contains("urn:epc:id:sgtin:0614141.107346.2017", first.References);
        Assert.Contains("http://transaction.acme.com/po/12345678", first.References);
        Assert.Equal("urn:epc:id:sgln:0614141.07346.1234", first.Location);
        Assert.Null(first.Locode);
        Assert.Equal(Milestone.Arrived, result.Events[1].Milestone); // "receiving"
        Assert.Equal("$.epcisBody.eventList[1]", result.Events[1].Source);
    }

    [Fact]
    public void Read_EpcisTransformationAndSensors_Normalised()
    {
        var transformation = EpcisReader.Read(Example("epcis/Example_9.6.4-TransformationEvent.jsonld"), "9.6.4").Events.Single();
        Assert.Equal(Milestone.Transformed, transformation.Milestone);
        Assert.NotEmpty(transformation.References);
        var sensed = EpcisReader.Read(Example("epcis/SensorDataExample1.jsonld"), "s1").Events.Single();
        Assert.Contains(sensed.Sensors, s => s.Kind == "temperature" && s.Value == 26.0 && s.Unit == "CEL");
        Assert.Equal(12, sensed.Sensors.Count);
    }

    [Fact]
    public void Read_EpcisErrorDeclaration_IsRetraction()
    {
        var events = EpcisReader.Read(Example("epcis/Example_9.6.1-ObjectEvent-with-error-declaration.jsonld"), "err").Events;
        Assert.Single(events, e => e.Retraction);
        Assert.Single(events, e => !e.Retraction);
    }

    [Fact]
    public void Read_DcsaFieldExamples_EveryEventTypeNormalised()
    {
        var text = Example("dcsa/tnt-2.2-field-examples.json");
        Assert.Equal(EventFormat.Dcsa, EventReader.Detect(text));
        var result = EventReader.Read(text, "tnt");
        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Events.Count);
        var transport = result.Events[0];
        Assert.Equal(Milestone.Arrived, transport.Milestone);
        Assert.Equal("FRPAR", transport.Locode);
        Assert.Equal(Caravan.Core.Network.Mode.Sea, transport.Mode);
        Assert.Equal((48.85855, 2.294492036), transport.Coordinates);
        Assert.Equal(TimeSpan.FromMinutes(8 * 60 + 30), transport.Time.Offset);
        Assert.Contains("ABC123123123", transport.References);
        var equipment = result.Events[1];
        Assert.Equal(Milestone.Loaded, equipment.Milestone);
        Assert.Equal("APZU4812090", equipment.EquipmentId);
        Assert.Equal(Milestone.Observed, result.Events[2].Milestone);
    }
}
