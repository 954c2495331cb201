namespace Caravan.Cluster.Tests;

/// <summary>The PostgreSQL database for tests (<c>CARAVAN_TEST_POSTGRES</c>): missing, a test skips on a laptop and fails on CI.</summary>
public static class PostgresEnvironment
{
    public const string Variable = "CARAVAN_TEST_POSTGRES";

    private static bool OnCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    public static string Connection()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (OnCi)
                Assert.Fail($"{Variable} is not set, and PostgreSQL tests must run on CI (.ci/run sets it)");
            Skip.If(true, $"{Variable} is not set, so this PostgreSQL cluster test is skipped: set it to a database you may create schemas in");
        }
        return connection!;
    }
}
