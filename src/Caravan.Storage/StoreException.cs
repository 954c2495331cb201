namespace Caravan.Storage;

/// <summary>The store cannot be opened or migrated: an unreachable server, a bad path, a failed script.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the error.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException) { }

    /// <summary>Creates the error.</summary>
    public StoreException(string message)
        : base(message) { }

    /// <summary>Creates the error.</summary>
    public StoreException()
        : this("the store cannot be opened") { }
}
