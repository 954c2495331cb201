using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>
/// A corridor family of routes from Central Asia, as the flagship case compares them. A family is
/// searched with constraints that force it (go via its country or mode, avoid the countries that
/// define the other land families and, for land families, air), and a route is classified by the
/// first rule it meets: uses air → air; crosses RU → north; crosses CN → east; crosses IR → south;
/// crosses AZ or GE or uses a ferry → west (Middle Corridor); else other.
/// </summary>
/// <param name="Id">Short id: <c>east</c>, <c>north</c>, <c>west</c>, <c>south</c>, <c>air</c>.</param>
/// <param name="Name">What a reader sees, e.g. "east via China".</param>
/// <param name="Constraints">What forces a route into the family.</param>
public sealed record RouteFamily(string Id, string Name, RouteConstraints Constraints)
{
    /// <summary>East through China to a Chinese port, then sea.</summary>
    public static RouteFamily East { get; } = Land("east", "east via China", ["CN"], ["RU", "IR"]);

    /// <summary>North through Russia to a Pacific or Baltic port.</summary>
    public static RouteFamily North { get; } = Land("north", "north via Russia", ["RU"], ["CN", "IR"]);

    /// <summary>West over the Caspian: Azerbaijan, Georgia, the Black Sea (the Middle Corridor).</summary>
    public static RouteFamily West { get; } = Land("west", "west via Middle Corridor", ["AZ", "GE"], ["RU", "CN", "IR"]);

    /// <summary>South through Turkmenistan and Iran to the Gulf.</summary>
    public static RouteFamily South { get; } = Land("south", "south via Iran", ["IR"], ["RU", "CN"]);

    /// <summary>Air freight, where the commodity may fly.</summary>
    public static RouteFamily Air { get; } = new("air", "air", new RouteConstraints { ViaModes = [Mode.Air] });

    /// <summary>The five families in the order the flagship table shows them.</summary>
    public static IReadOnlyList<RouteFamily> All { get; } = [East, North, West, South, Air];

    /// <summary>The family a route belongs to, by the rule in the type's summary; "other" when none fits.</summary>
    public static string Classify(Route route)
    {
        if (route.Modes.Contains("air"))
            return Air.Id;
        if (route.Countries.Contains("RU"))
            return North.Id;
        if (route.Countries.Contains("CN"))
            return East.Id;
        if (route.Countries.Contains("IR"))
            return South.Id;
        return route.Countries.Contains("AZ") || route.Countries.Contains("GE") || route.Modes.Contains("ferry") ? West.Id : "other";
    }

    private static RouteFamily Land(string id, string name, string[] via, string[] avoid) =>
        new(id, name, new RouteConstraints { ViaCountries = via, AvoidCountries = avoid, AvoidModes = [Mode.Air] });
}
