namespace Caravan.Browser.Tests;

/// <summary>The browser tests share one server and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "browser";
}
