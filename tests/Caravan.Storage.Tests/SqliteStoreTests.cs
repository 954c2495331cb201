namespace Caravan.Storage.Tests;

/// <summary>The store contract on a fresh SQLite file.</summary>
public sealed class SqliteStoreTests : CaravanStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("caravan-store-").FullName;

    /// <inheritdoc />
    protected override StoreLocation FreshLocation() => StoreLocation.Sqlite(Path.Combine(_folder, "nested", "caravan.db"));

    /// <inheritdoc />
    protected override void DropLocation()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Open_NewFile_ReadableByItsOwnerAlone()
    {
        var location = FreshLocation();
        using (CaravanStore.Open(location))
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(location.ConnectionString).DataSource;

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(path + "-wal") & (UnixFileMode.GroupRead | UnixFileMode.OtherRead));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        }
    }

    [Fact]
    public void Resolve_NothingGiven_UsesFileInLocalDataFolder()
    {
        var saved = Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable);
        Environment.SetEnvironmentVariable(StoreLocation.EnvironmentVariable, null);
        try
        {
            var location = StoreLocation.Resolve(null);
            Assert.Equal(DatabaseKind.Sqlite, location.Kind);
            Assert.EndsWith(Path.Combine("caravan", "caravan.db"), location.Describe(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(StoreLocation.EnvironmentVariable, saved);
        }
    }

    [Theory]
    [InlineData("Host=localhost;Database=caravan;Username=u;Password=secret", DatabaseKind.Postgres)]
    [InlineData("/tmp/x/caravan.db", DatabaseKind.Sqlite)]
    [InlineData("Data Source=/tmp/y.db", DatabaseKind.Sqlite)]
    public void Parse_ConnectionOrPath_PicksDatabase(string text, DatabaseKind kind)
    {
        var location = StoreLocation.Parse(text);
        Assert.Equal(kind, location.Kind);
        Assert.DoesNotContain("secret", location.Describe(), StringComparison.Ordinal);
    }
}
