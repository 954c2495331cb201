using Caravan.Core.Network;

namespace Caravan.Core.Data;

/// <summary>The outcome of looking something up by id or name: the match, or why there is none.</summary>
public sealed record LookupResult<T>(T? Match, string? Error)
    where T : class;

/// <summary>Finds nodes and commodities by id or unique name, case-insensitively, suggesting close matches.</summary>
public static class Lookup
{
    /// <summary>A node by id, or by a name that only one node has.</summary>
    public static LookupResult<Node> Node(Dataset dataset, string text) =>
        Find(dataset.Nodes, text, n => n.Id, n => n.Name, "node");

    /// <summary>
    /// A commodity by id, by a name that only one commodity has, or by its mineral when only one
    /// commodity is made of it (<c>uranium</c> for <c>u3o8</c>).
    /// </summary>
    public static LookupResult<Commodity> Commodity(Dataset dataset, string text)
    {
        var found = Find(dataset.Commodities, text, c => c.Id, c => c.Name, "commodity");
        if (found.Match is not null)
            return found;
        var byMineral = dataset.Commodities.Where(c => string.Equals(c.Mineral, text.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return byMineral.Count switch
        {
            1 => new(byMineral[0], null),
            > 1 => new(null, $"mineral '{text.Trim()}' is shipped as {string.Join(", ", byMineral.Select(c => c.Id))}; name one"),
            _ => found,
        };
    }

    private static LookupResult<T> Find<T>(IEnumerable<T> items, string text, Func<T, string> id, Func<T, string> name, string what)
        where T : class
    {
        var all = items.ToList();
        var trimmed = text.Trim();
        var byId = all.Where(x => string.Equals(id(x), trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byId.Count == 1)
            return new(byId[0], null);
        var byName = all.Where(x => string.Equals(name(x), trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1)
            return new(byName[0], null);
        if (byName.Count > 1)
            return new(null, $"{what} name '{trimmed}' is ambiguous: {string.Join(", ", byName.Select(id))}; use an id");
        var suggestions = Suggestions.Closest(trimmed, all.Select(id).Concat(all.Select(name)));
        var hint = suggestions.Count == 0 ? "" : $"; did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?";
        return new(null, $"unknown {what} '{trimmed}'{hint}");
    }
}
