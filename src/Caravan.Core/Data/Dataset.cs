using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Core.Data;

/// <summary>
/// A complete, validated dataset: the tables and the compiled network. Only the loader and
/// scenario application create one, after validation, so a dataset in hand is always usable.
/// </summary>
public sealed class Dataset
{
    /// <summary>Assembles a dataset and compiles its network. Callers validate first.</summary>
    public Dataset(
        IReadOnlyList<Node> nodes,
        IReadOnlyList<Link> links,
        IReadOnlyList<Country> countries,
        IReadOnlyList<Commodity> commodities,
        IReadOnlyList<SupplyPoint> supply,
        IReadOnlyList<DemandPoint> demand,
        IReadOnlyList<Chokepoint> chokepoints,
        string name = "dataset",
        string sources = "")
    {
        Network = new TransportNetwork(nodes, links);
        Countries = countries;
        Commodities = commodities;
        Supply = supply;
        Demand = demand;
        Chokepoints = chokepoints;
        Name = name;
        Sources = sources;
    }

    /// <summary>A short name: "eurasia" for the built-in dataset, else the folder.</summary>
    public string Name { get; }

    /// <summary>The text of SOURCES.md.</summary>
    public string Sources { get; }

    /// <summary>The compiled network.</summary>
    public TransportNetwork Network { get; }

    /// <summary>Nodes (same order as the network's dense indices).</summary>
    public IReadOnlyList<Node> Nodes => Network.Nodes;

    /// <summary>Links (same order as the network's dense indices).</summary>
    public IReadOnlyList<Link> Links => Network.Links;

    /// <summary>Countries.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Commodities.</summary>
    public IReadOnlyList<Commodity> Commodities { get; }

    /// <summary>Supply rows.</summary>
    public IReadOnlyList<SupplyPoint> Supply { get; }

    /// <summary>Demand rows.</summary>
    public IReadOnlyList<DemandPoint> Demand { get; }

    /// <summary>Chokepoints.</summary>
    public IReadOnlyList<Chokepoint> Chokepoints { get; }

    /// <summary>Freight rates per tonne-km by country and mode (<c>tariffs.csv</c>); empty when the dataset has none.</summary>
    public IReadOnlyList<Tariff> Tariffs { get; init; } = [];

    /// <summary>Background freight between places (<c>freight.csv</c>); empty when the dataset has none.</summary>
    public IReadOnlyList<FreightFlow> Freight { get; init; } = [];

    /// <summary>Sanctions, transit permits and export licences (<c>trade-rules.csv</c>); empty when the dataset has none.</summary>
    public IReadOnlyList<Rules.TradeRule> TradeRules { get; init; } = [];

    /// <summary>Supply contracts (<c>contracts.csv</c>); empty when the dataset has none.</summary>
    public IReadOnlyList<Rules.SupplyContract> Contracts { get; init; } = [];

    /// <summary>The node with this id, or null.</summary>
    public Node? FindNode(string id) => Network.NodeIndex(id) is >= 0 and var i ? Network.Nodes[i] : null;

    /// <summary>The commodity with this id, or null.</summary>
    public Commodity? FindCommodity(string id) => Commodities.FirstOrDefault(c => c.Id == id);

    /// <summary>The country with this code, or null.</summary>
    public Country? FindCountry(string code) => Countries.FirstOrDefault(c => c.Code == code);

    /// <summary>The chokepoint with this id, or null.</summary>
    public Chokepoint? FindChokepoint(string id) => Chokepoints.FirstOrDefault(c => c.Id == id);

    /// <summary>A copy with other tables; the network is recompiled.</summary>
    public Dataset With(
        IReadOnlyList<Node>? nodes = null,
        IReadOnlyList<Link>? links = null,
        IReadOnlyList<Country>? countries = null,
        IReadOnlyList<Commodity>? commodities = null,
        IReadOnlyList<SupplyPoint>? supply = null,
        IReadOnlyList<DemandPoint>? demand = null,
        IReadOnlyList<Chokepoint>? chokepoints = null,
        IReadOnlyList<Rules.TradeRule>? tradeRules = null) =>
        new(nodes ?? Nodes, links ?? Links, countries ?? Countries, commodities ?? Commodities,
            supply ?? Supply, demand ?? Demand, chokepoints ?? Chokepoints, Name, Sources)
        { Tariffs = Tariffs, Freight = Freight, TradeRules = tradeRules ?? TradeRules, Contracts = Contracts };
}
