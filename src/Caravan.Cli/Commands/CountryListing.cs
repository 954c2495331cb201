using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Cli.Commands;

/// <summary>The nodes in one country and the links that touch or cross it, as <c>caravan network --country</c> lists them.</summary>
public sealed record CountryListing(string Country, string Name, IReadOnlyList<CountryListing.NodeRow> Nodes, IReadOnlyList<CountryListing.LinkRow> Links)
{
    /// <summary>One node: id, name, kind.</summary>
    public sealed record NodeRow(string Id, string Name, string Kind);

    /// <summary>One link: id, ends, mode, length in km and the countries it crosses.</summary>
    public sealed record LinkRow(string Id, string From, string To, string Mode, double Km, IReadOnlyList<string> Countries);

    /// <summary>The listing of <paramref name="country"/> (a code the dataset knows) in <paramref name="dataset"/>.</summary>
    public static CountryListing Of(Dataset dataset, Country country)
    {
        var nodes = dataset.Nodes.Where(n => n.Country == country.Code).ToArray();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var links = dataset.Links.Where(l => ids.Contains(l.From) || ids.Contains(l.To) || l.Countries.Contains(country.Code));
        return new CountryListing(country.Code, country.Name,
            nodes.Select(n => new NodeRow(n.Id, n.Name, SnakeCase.Name(n.Kind))).ToArray(),
            links.Select(l => new LinkRow(l.Id, l.From, l.To, SnakeCase.Name(l.Mode), l.DistanceKm, l.Countries)).ToArray());
    }
}
