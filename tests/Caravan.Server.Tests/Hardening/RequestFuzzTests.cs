using System.Net;
using System.Text;
using CsCheck;

namespace Caravan.Server.Tests.Hardening;

/// <summary>
/// Mutated request bodies (CsCheck) to the endpoints anyone or an analyst can reach: every answer is
/// a success or an RFC 7807 problem below 500, and the server keeps serving. Bounded in cases so CI stays fast.
/// </summary>
public sealed class RequestFuzzTests : IDisposable
{
    private readonly CaravanApiFactory _factory = new() { Settings = { ["Caravan:RequestsPerSecond"] = "0" } };

    private static readonly string[] Tokens =
        ["{", "}", "[", "]", ",", ":", "\"", "1e308", "-1", "NaN", "\"NaN\"", "null", "true", "\\u0000", "\"name\": \"x\",", "\"edits\": [],",
         "\"scenarioYaml\": \"&a [*a]\",", "\"lotTonnes\": 1e-9,", "\"replications\": 2147483647,", "\"scenario\": \"../../etc/passwd\",", "\n", "\uFEFF"];

    private static Gen<string> Bodies(params string[] seeds)
    {
        var mutation = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 10_000], Gen.OneOf<string>(Tokens).Array[1, 5], Gen.Int[1, 500]);
        return Gen.Select(Gen.Int[0, seeds.Length - 1], mutation.Array[1, 3]).Select((seed, edits) => edits.Aggregate(seeds[seed], (text, e) =>
        {
            var (kind, at, tokens, times) = e;
            var i = at % (text.Length + 1);
            var inserted = string.Concat(tokens);
            return kind switch
            {
                0 => text.Insert(i, inserted),
                1 => text.Remove(i, Math.Min(8, text.Length - i)),
                _ => text.Insert(i, string.Concat(Enumerable.Repeat(inserted, times))),
            };
        }));
    }

    private void Fuzz(HttpClient client, string path, params string[] seeds)
    {
        Bodies(seeds).Sample(body =>
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = client.PostAsync(path, content).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"{path} answered {status} to {body}");
            if (status >= 400)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }, iter: 150, threads: 1);
        Assert.Equal(HttpStatusCode.OK, client.GetAsync("/api/network").GetAwaiter().GetResult().StatusCode);
    }

    [Fact]
    public void ValidateScenario_MutatedBodies_NeverA500()
    {
        Fuzz(_factory.CreateClient(), "/api/scenarios/validate",
            """{"scenario": {"name": "storm", "edits": [{"type": "storms", "links": ["kz-az-aktau-baku-ferry"], "closuresPerYear": 6, "durationHours": "tri(24,72,120)"}]}}""",
            """{"scenarioYaml": "name: shut\nedits:\n  - {type: close, countries: [RU], startDay: 10, endDay: 40}\n"}""");
    }

    [Fact]
    public async Task StartSimulation_MutatedBodies_NeverA500()
    {
        var analyst = await _factory.ClientAsync("fuzz", Storage.Role.Analyst);
        // Every run this accepts is cancelled by the factory's disposal; one worker runs them one at a time.
        Fuzz(analyst, "/api/simulations",
            """{"commodity": "gallium", "replications": 1, "seed": 3, "horizonDays": 30, "warmupDays": 5, "lotTonnes": 0.5, "arrivals": "fixed"}""");
    }

    public void Dispose() => _factory.Dispose();
}
