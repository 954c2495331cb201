using System.Text.Json;
using Caravan.Storage;

namespace Caravan.Cli.Tests.Commands;

public sealed class KeysCommandTests
{
    private readonly string _db = Path.Combine(CliRunner.TempFolder(), "keys.db");

    [Fact]
    public async Task KeysCreate_Analyst_PrintsTokenOnceThatVerifies()
    {
        var (exit, output) = CliRunner.Run("keys", "create", "--role", "analyst", "--owner", "alice", "--db", _db, "--format", "json");
        Assert.Equal(0, exit);
        var printed = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("alice", "analyst"), (printed.GetProperty("owner").GetString(), printed.GetProperty("role").GetString()));
        using var store = CaravanStore.Open(StoreLocation.Sqlite(_db));
        var key = await store.VerifyKeyAsync(printed.GetProperty("token").GetString()!);
        Assert.Equal(Role.Analyst, key!.Role);
        var (_, list) = CliRunner.Run("keys", "list", "--db", _db);
        Assert.Contains("alice", list, StringComparison.Ordinal);
        Assert.DoesNotContain(printed.GetProperty("token").GetString()!, list, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysCreate_Table_TokenOnItsOwnLine()
    {
        var (exit, output) = CliRunner.Run("keys", "create", "--role", "viewer", "--db", _db);
        Assert.Equal(0, exit);
        Assert.Contains(output.Split('\n'), line => line.StartsWith("cvn_", StringComparison.Ordinal));
    }

    [Fact]
    public void KeysCreate_UnknownRole_OneLineError()
    {
        var (exit, output) = CliRunner.Run("keys", "create", "--role", "boss", "--db", _db);
        Assert.NotEqual(0, exit);
        Assert.Contains("--role must be one of viewer, analyst, admin", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysRevoke_Existing_KeyStopsWorking()
    {
        var (_, output) = CliRunner.Run("keys", "create", "--db", _db, "--format", "json");
        var printed = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, CliRunner.Run("keys", "revoke", printed.GetProperty("id").GetString()!, "--db", _db).ExitCode);
        using var store = CaravanStore.Open(StoreLocation.Sqlite(_db));
        Assert.Null(await store.VerifyKeyAsync(printed.GetProperty("token").GetString()!));
        var (exit, again) = CliRunner.Run("keys", "revoke", printed.GetProperty("id").GetString()!, "--db", _db);
        Assert.Equal(1, exit);
        Assert.Contains("no valid key", again, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_UnreachableDatabase_OneLineErrorNoStackTrace()
    {
        var (exit, output) = CliRunner.Run("keys", "list", "--db", "Host=127.0.0.1;Port=1;Database=x;Username=y;Password=secret;Timeout=2");
        Assert.Equal(1, exit);
        Assert.Contains("cannot open the store", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
