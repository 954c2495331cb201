namespace Caravan.Storage.Tests;

/// <summary>What the machine running the tests provides: CI must provide everything; a laptop may lack a database server.</summary>
public static class TestEnvironment
{
    /// <summary>The environment variable holding the PostgreSQL connection string for tests.</summary>
    public const string PostgresVariable = "CARAVAN_TEST_POSTGRES";

    /// <summary>Why a PostgreSQL test skips, and how to get what it needs.</summary>
    public const string MissingPostgres =
        PostgresVariable + " is not set, so this PostgreSQL test is skipped: set it to a database you may create schemas in "
        + "(Host=127.0.0.1;Port=5432;Database=caravan_test;Username=caravan;Password=...), or run .ci/run, which starts one";

    /// <summary>True on CI (<c>CI</c> set to anything but false/0), where nothing may be skipped.</summary>
    public static bool OnCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The PostgreSQL connection string. Missing: skips the test on a laptop, fails it on CI.
    /// </summary>
    public static string PostgresConnection()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (OnCi)
                Assert.Fail($"{PostgresVariable} is not set, and PostgreSQL tests must run on CI (.ci/run sets it)");
            Skip.If(true, MissingPostgres);
        }
        return connection!;
    }
}
