using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Xunit.Abstractions;

namespace Caravan.Core.Tests.Fuzz;

/// <summary>Mutated scenario files, YAML and JSON, read to a scenario or located problems: never a crash, a hang or unbounded memory.</summary>
public sealed class ScenarioFuzzTests(ITestOutputHelper output)
{
    private static readonly Dataset Eurasia = DatasetReader.BuiltIn();

    private static readonly string[] JsonSeeds = new BuiltInSource().List("scenarios")
        .Where(f => f.EndsWith(".json", StringComparison.Ordinal))
        .Select(f => new BuiltInSource().Open(f)!.ReadToEnd()).ToArray();

    private static readonly string[] YamlSeeds =
    [
        "name: storms\ndescription: more storms\nedits:\n  - type: storms\n    links: [kz-az-aktau-baku-ferry]\n    closuresPerYear: 6\n    durationHours: \"tri(24,72,120)\"\n",
        "name: shut\nedits:\n  - {type: close, countries: [RU], startDay: 10, endDay: 40}\n  - {type: scale_capacity, nodes: [KZDOS], factor: 0.5}\n",
        "name: new-port\nedits:\n  - type: add_node\n    id: kz-new\n    name: New port\n    kind: port\n    country: KZ\n    lat: 43.6\n    lon: 51.2\n    capacityTonnesPerDay: 2000\n  - {type: add_link, id: new-link, from: kz-new, to: KZAKT, mode: road, distanceKm: 20, transitTimeHours: \"2\", costUsdPerTonne: 3}\n",
    ];

    private static readonly string[] YamlTokens =
        ["[", "]", "{", "}", ":", "- ", "&a ", "*a", "<<: *a", "!!str ", "!!map ", "\n", "  ", "'", "\"", "#", "---\n", "...\n", "? ", "|\n", ">\n", ",",
         "1e308", "-3", "NaN", ".inf", "~", "\t", "\0", "\uFEFF", "name: y\n", "edits: []\n", "type: close\n", "\u00e9", "%YAML 1.2\n"];

    private static readonly string[] JsonTokens =
        ["{", "}", "[", "]", ",", ":", "\"", "1e308", "-1", "-3", "null", "true", "/*", "*/", "//", "\\u0000", "\"name\": \"x\",", "\"edits\": [],",
         "\"type\": \"close\",", "\"factor\": 1e999,", "\n", " ", "\uFEFF", "\"hours\": \"tri(1,2)\","];

    private static IReadOnlyList<Problem> ReadAndCheck(string text, string file)
    {
        var parsed = ScenarioParser.Parse(text, file);
        return parsed.Scenario is { } scenario ? ScenarioApplier.Validate(Eurasia, [scenario]) : parsed.Problems;
    }

    [Fact]
    public void Parse_MutatedYaml_ScenarioOrLocatedProblems()
    {
        var figures = FuzzCampaign.Run(Mutation.Of(YamlSeeds, YamlTokens), text => ReadAndCheck(text, "fuzz.yaml"), p => p.File == "fuzz.yaml");
        output.WriteLine($"scenario YAML: {figures}");
    }

    [Fact]
    public void Parse_MutatedJson_ScenarioOrLocatedProblems()
    {
        var figures = FuzzCampaign.Run(Mutation.Of(JsonSeeds, JsonTokens), text => ReadAndCheck(text, "fuzz.json"), p => p.File == "fuzz.json");
        output.WriteLine($"scenario JSON: {figures}");
    }
}
