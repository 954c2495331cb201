namespace Caravan.Core.Routing;

/// <summary>A flagship scenario expressed as route constraints (until the scenario engine exists).</summary>
/// <param name="Id">Short id: <c>baseline</c>, <c>no-ru</c>, <c>no-cn</c>, <c>no-ru-cn</c>.</param>
/// <param name="Name">What a reader sees.</param>
/// <param name="Constraints">The closures it applies.</param>
public sealed record FlagshipScenario(string Id, string Name, RouteConstraints Constraints)
{
    /// <summary>Baseline, Russian transit closed, Chinese transit closed, both closed.</summary>
    public static IReadOnlyList<FlagshipScenario> All { get; } =
    [
        new("baseline", "baseline", RouteConstraints.None),
        new("no-ru", "Russian transit closed", new RouteConstraints { AvoidCountries = ["RU"] }),
        new("no-cn", "Chinese transit closed", new RouteConstraints { AvoidCountries = ["CN"] }),
        new("no-ru-cn", "Russian and Chinese transit closed", new RouteConstraints { AvoidCountries = ["RU", "CN"] }),
    ];
}
