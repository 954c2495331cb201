using Caravan.Core.Data;
using Caravan.Questions.Scenarios;

namespace Caravan.Questions.Tests;

/// <summary>The built-in dataset and its scenario catalog, as the command line asks questions of them.</summary>
internal static class BuiltIn
{
    public static readonly Dataset Eurasia = DatasetReader.BuiltIn();

    public static IScenarioShelf Shelf() => new CatalogShelf(Eurasia, new BuiltInSource());
}
