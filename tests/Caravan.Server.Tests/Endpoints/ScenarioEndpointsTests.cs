using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Server.Tests.Endpoints;

public sealed class ScenarioEndpointsTests(CaravanApiFactory factory) : IClassFixture<CaravanApiFactory>
{
    private static object Scenario(string name, bool shared = false) => new
    {
        scenario = new { name, description = "test", edits = new object[] { new { type = "close", countries = new[] { "RU" } } } },
        shared,
    };

    [Fact]
    public async Task Create_Analyst_201AndOwnerSeesIt()
    {
        var alice = await factory.ClientAsync("alice", Role.Analyst);
        var response = await alice.PostAsJsonAsync("/api/scenarios", Scenario("alice-own"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/scenarios/alice-own", response.Headers.Location!.ToString());
        var read = await alice.GetFromJsonAsync<JsonElement>("/api/scenarios/alice-own");
        Assert.Equal(("alice", false, 1), (read.GetProperty("owner").GetString(), read.GetProperty("shared").GetBoolean(), read.GetProperty("edits").GetInt32()));
        Assert.Contains("alice-own", (await alice.GetFromJsonAsync<JsonElement>("/api/scenarios")).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Private_OtherUser_CannotListGetOrDelete()
    {
        var alice = await factory.ClientAsync("alice2", Role.Analyst);
        var bob = await factory.ClientAsync("bob2", Role.Analyst);
        await alice.PostAsJsonAsync("/api/scenarios", Scenario("alice-secret"));
        Assert.DoesNotContain("alice-secret", (await bob.GetFromJsonAsync<JsonElement>("/api/scenarios")).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.DoesNotContain("alice-secret", (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/scenarios")).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        await ProblemAssert.IsProblemFor(await bob.GetAsync("/api/scenarios/alice-secret"), HttpStatusCode.NotFound, "id");
        await ProblemAssert.IsProblemFor(await bob.DeleteAsync("/api/scenarios/alice-secret"), HttpStatusCode.NotFound, "id");
        Assert.NotNull(await factory.Store.GetScenarioAsync("alice-secret"));
    }

    [Fact]
    public async Task Shared_OtherUser_SeesButCannotDelete_AdminCan()
    {
        var alice = await factory.ClientAsync("alice3", Role.Analyst);
        var bob = await factory.ClientAsync("bob3", Role.Analyst);
        var admin = await factory.ClientAsync("root", Role.Admin);
        await alice.PostAsJsonAsync("/api/scenarios", Scenario("alice-shared", shared: true));
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/api/scenarios/alice-shared")).StatusCode);
        await ProblemAssert.IsProblem(await bob.DeleteAsync("/api/scenarios/alice-shared"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/scenarios/alice-shared")).StatusCode);
        await ProblemAssert.IsProblemFor(await alice.GetAsync("/api/scenarios/alice-shared"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task Admin_SeesOthersPrivate()
    {
        var alice = await factory.ClientAsync("alice4", Role.Analyst);
        var admin = await factory.ClientAsync("root4", Role.Admin);
        await alice.PostAsJsonAsync("/api/scenarios", Scenario("alice-private4"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/scenarios/alice-private4")).StatusCode);
    }

    [Fact]
    public async Task Delete_Owner_204ThenGone()
    {
        var alice = await factory.ClientAsync("alice5", Role.Analyst);
        await alice.PostAsJsonAsync("/api/scenarios", Scenario("alice-gone"));
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync("/api/scenarios/alice-gone")).StatusCode);
        await ProblemAssert.IsProblemFor(await alice.DeleteAsync("/api/scenarios/alice-gone"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task Create_SameNameTwice_409NamesName()
    {
        var alice = await factory.ClientAsync("alice6", Role.Analyst);
        await alice.PostAsJsonAsync("/api/scenarios", Scenario("twice"));
        await ProblemAssert.IsProblemFor(await alice.PostAsJsonAsync("/api/scenarios", Scenario("twice")), HttpStatusCode.Conflict, "scenario.name");
    }

    [Fact]
    public async Task Create_UnknownEditType_ProblemNamesEditField()
    {
        var alice = await factory.ClientAsync("alice7", Role.Analyst);
        var bad = new { scenario = new { name = "bad", edits = new object[] { new { type = "close" }, new { type = "explode" } } } };
        var message = await ProblemAssert.NamesField(await alice.PostAsJsonAsync("/api/scenarios", bad), "scenario.edits[1].type");
        Assert.Contains("explode", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"scenario": {"name": "Bad Name", "edits": []}}""", "scenario.name")]
    [InlineData("""{"scenario": {"name": "ok"}}""", "scenario.edits")]
    [InlineData("""{"scenario": {"name": "ok", "edits": []}, "shared": "yes"}""", "shared")]
    [InlineData("""{"scenario": {"name": "ok", "edits": [}""", "scenario")]
    public async Task Create_BadDocument_ProblemNamesField(string json, string field)
    {
        var alice = await factory.ClientAsync("alice8", Role.Analyst);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await ProblemAssert.NamesField(await alice.PostAsync("/api/scenarios", content), field);
    }

    [Fact]
    public async Task Create_YamlText_StoredAndShownAsJson()
    {
        var alice = await factory.ClientAsync("alice-yaml", Role.Analyst);
        const string yaml = "name: dostyk-half\ndescription: Dostyk at half capacity\nedits:\n  - type: scale_capacity\n    nodes: [KZDOS]\n    factor: 0.5\n";

        var created = await alice.PostAsJsonAsync("/api/scenarios", new { scenarioYaml = yaml });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var shown = await alice.GetFromJsonAsync<JsonElement>("/api/scenarios/dostyk-half");
        Assert.Equal("Dostyk at half capacity", shown.GetProperty("description").GetString());
        var edit = shown.GetProperty("document").GetProperty("edits")[0];
        Assert.Equal("scale_capacity", edit.GetProperty("type").GetString());
        Assert.Equal(0.5, edit.GetProperty("factor").GetDouble());
    }

    [Fact]
    public async Task Validate_YamlWithUnknownNode_ProblemAtItsYamlLine()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/scenarios/validate",
            new { scenarioYaml = "name: y\nedits:\n  - type: close\n    nodes: [KZDOZ]\n" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("valid").GetBoolean());
        var problem = body.GetProperty("problems")[0];
        Assert.Equal("scenarioYaml", problem.GetProperty("field").GetString());
        Assert.Equal(4, problem.GetProperty("line").GetInt32());
        Assert.Contains("did you mean 'KZDOS'", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"scenarioYaml": "name: y\nedits: [\n"}""", "scenarioYaml")]
    [InlineData("""{"scenarioYaml": "name: Bad Name\nedits: []\n"}""", "scenarioYaml.name")]
    [InlineData("""{"scenario": {"name": "ok", "edits": []}, "scenarioYaml": "name: ok\nedits: []\n"}""", "scenario")]
    public async Task Create_BadYamlRequest_ProblemNamesField(string json, string field)
    {
        var alice = await factory.ClientAsync("alice-yaml2", Role.Analyst);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await ProblemAssert.NamesField(await alice.PostAsync("/api/scenarios", content), field);
    }

    [Fact]
    public async Task Validate_NoKey_ReportsProblemsWithoutStoring()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { scenario = new { name = "v", edits = new object[] { new { kind = "close" } } } });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Equal("scenario.edits[0].type", body.GetProperty("problems")[0].GetProperty("field").GetString());
        Assert.Null(await factory.Store.GetScenarioAsync("v"));
        var good = await client.PostAsJsonAsync("/api/scenarios/validate", Scenario("fine"));
        Assert.True((await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Create_NoKeyWrongKeyViewerKey_Refused()
    {
        await ProblemAssert.IsProblem(await factory.CreateClient().PostAsJsonAsync("/api/scenarios", Scenario("nokey")), HttpStatusCode.Unauthorized);
        var wrong = factory.ClientWithToken("cvn_000000000000_not-a-real-secret");
        await ProblemAssert.IsProblem(await wrong.PostAsJsonAsync("/api/scenarios", Scenario("wrongkey")), HttpStatusCode.Unauthorized);
        var viewer = await factory.ClientAsync("vera", Role.Viewer);
        await ProblemAssert.IsProblem(await viewer.PostAsJsonAsync("/api/scenarios", Scenario("viewerkey")), HttpStatusCode.Forbidden);
        Assert.Null(await factory.Store.GetScenarioAsync("nokey"));
        Assert.Null(await factory.Store.GetScenarioAsync("viewerkey"));
    }

    [Fact]
    public async Task Read_WrongKey_RefusedEvenThoughReadsAreOpen()
    {
        var wrong = factory.ClientWithToken("cvn_000000000000_not-a-real-secret");
        await ProblemAssert.IsProblem(await wrong.GetAsync("/api/scenarios"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Read_RevokedKey_Refused()
    {
        var issued = await factory.Store.CreateKeyAsync("gone", Role.Analyst);
        await factory.Store.RevokeKeyAsync(issued.Key.Id);
        await ProblemAssert.IsProblem(await factory.ClientWithToken(issued.Token).PostAsJsonAsync("/api/scenarios", Scenario("revoked")), HttpStatusCode.Unauthorized);
    }
}
