using System.ComponentModel;
using Caravan.Storage;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of commands that use the store: which database.</summary>
public class DatabaseSettings : CaravanSettings
{
    /// <summary>A PostgreSQL connection string (<c>Host=...</c>) or a SQLite file; default <c>CARAVAN_DB</c>, else the SQLite file in the user's data folder.</summary>
    [CommandOption("--db <CONNECTION>")]
    [Description("PostgreSQL connection string (Host=...;Database=...) or SQLite file. Default: $CARAVAN_DB, else ~/.local/share/caravan/caravan.db.")]
    public string? Db { get; init; }

    /// <summary>Where the store is.</summary>
    public StoreLocation Location() => StoreLocation.Resolve(Db);

    /// <summary>Opens the store, or throws a user error saying why it cannot be opened.</summary>
    public CaravanStore OpenStore()
    {
        try
        {
            return CaravanStore.Open(Location());
        }
        catch (StoreException e)
        {
            throw new CaravanException(e.Message);
        }
    }
}
