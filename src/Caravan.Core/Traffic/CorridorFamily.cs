using Caravan.Core.Network;

namespace Caravan.Core.Traffic;

/// <summary>
/// A corridor family and the cut that defines it: the set of arcs every tonne on the corridor crosses
/// exactly once, so the family's volume counts each tonne once however many of its links it uses.
/// Country codes are ISO 3166-1; a dataset without those countries simply has no volume there.
/// </summary>
/// <param name="Id">Short id (north, west, south, east, sea).</param>
/// <param name="Name">What the cut is.</param>
/// <param name="Crosses">True when a dataset arc (link, tail node, head node) is on the cut.</param>
public sealed record CorridorFamily(string Id, string Name, Func<Link, Node, Node, bool> Crosses)
{
    /// <summary>The Northern route: Russia's land border with Kazakhstan, China and Mongolia.</summary>
    public static CorridorFamily North { get; } = new("north", "north via Russia (Russia's land border with KZ, CN, MN)",
        (link, tail, head) => Land(link) && Between(tail, head, "RU", "KZ", "CN", "MN"));

    /// <summary>The Middle Corridor: the Caspian crossing from Kazakhstan or Turkmenistan to Azerbaijan.</summary>
    public static CorridorFamily West { get; } = new("west", "west via the Middle Corridor (Caspian crossings KZ/TM–AZ)",
        (link, tail, head) => Between(tail, head, "AZ", "KZ", "TM"));

    /// <summary>The southern route: Iran's land border with Central Asia.</summary>
    public static CorridorFamily South { get; } = new("south", "south via Iran (Iran's land border with TM, UZ, KZ, AF)",
        (link, tail, head) => Land(link) && Between(tail, head, "IR", "TM", "UZ", "KZ", "AF"));

    /// <summary>China's western gateway: its land border with Central Asia.</summary>
    public static CorridorFamily East { get; } = new("east", "China–Central Asia gateway (China's land border with KZ, KG, UZ, TJ)",
        (link, tail, head) => Land(link) && Between(tail, head, "CN", "KZ", "KG", "UZ", "TJ"));

    /// <summary>Asia–Europe by sea: sea arcs between East Asia (east of 100°E) and Europe or the Mediterranean and Black Sea (west of 45°E).</summary>
    public static CorridorFamily Sea { get; } = new("sea", "Asia–Europe by sea (sea arcs between ports east of 100°E and west of 45°E)",
        (link, tail, head) => link.Mode == Mode.Sea && ((tail.Lon > 100 && head.Lon < 45) || (tail.Lon < 45 && head.Lon > 100)));

    /// <summary>Every family, in report order.</summary>
    public static IReadOnlyList<CorridorFamily> All { get; } = [North, West, South, East, Sea];

    private static bool Land(Link link) => link.Mode is Mode.Rail or Mode.Road;

    // One end in `country`, the other in one of `others`.
    private static bool Between(Node tail, Node head, string country, params string[] others) =>
        (tail.Country == country && others.Contains(head.Country)) || (head.Country == country && others.Contains(tail.Country));
}
