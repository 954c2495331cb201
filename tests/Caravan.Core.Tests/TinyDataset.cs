using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Core.Tests;

/// <summary>Builds small datasets inline, for tests that need a network they can reason about by hand.</summary>
internal sealed class TinyDataset
{
    private readonly List<Node> _nodes = [];
    private readonly List<Link> _links = [];
    private readonly List<Commodity> _commodities = [];
    private readonly List<SupplyPoint> _supply = [];
    private readonly List<DemandPoint> _demand = [];
    private readonly List<Chokepoint> _chokepoints = [];
    private readonly HashSet<string> _countries = [];
    private readonly Dictionary<string, double> _politicalStability = [];
    private readonly List<FreightFlow> _freight = [];

    public TinyDataset Node(string id, string country = "KZ", NodeKind kind = NodeKind.Hub, double lat = 45, double lon = 60,
        double handlingCost = 0, double handlingHours = 0, string[]? licensed = null, Func<Node, Node>? edit = null)
    {
        _countries.Add(country);
        var node = new Node
        {
            Id = id,
            Name = id,
            Kind = kind,
            Country = country,
            Lat = lat,
            Lon = lon,
            HandlingCostUsdPerTonne = handlingCost,
            HandlingTimeHours = new FixedDistribution(handlingHours),
            LicensedClasses = licensed ?? [],
        };
        if (kind == NodeKind.Border)
            node = node with { CustomsRegime = CustomsRegime.Paper, DwellPaperHours = new FixedDistribution(24), DwellDigitalHours = new FixedDistribution(6) };
        _nodes.Add(edit is null ? node : edit(node));
        return this;
    }

    public TinyDataset Link(string from, string to, Mode mode = Mode.Rail, double km = 100, double hours = 10, double cost = 10,
        double? capacity = null, string[]? countries = null, string[]? chokepoints = null, bool twoWay = true, string? id = null,
        double? departuresPerWeek = null, Func<Link, Link>? edit = null)
    {
        var countryList = countries ?? [_nodes.First(n => n.Id == from).Country];
        foreach (var c in countryList)
            _countries.Add(c);
        foreach (var c in chokepoints ?? [])
        {
            if (_chokepoints.All(x => x.Id != c))
                _chokepoints.Add(new Chokepoint { Id = c, Name = c, Lat = 30, Lon = 32 });
        }
        var link = new Link
        {
            Id = id ?? $"{from}-{to}-{SnakeCase.Name(mode)}",
            From = from,
            To = to,
            Mode = mode,
            DistanceKm = km,
            TransitTimeHours = new FixedDistribution(hours),
            CostUsdPerTonne = cost,
            CapacityTonnesPerDay = capacity,
            Countries = countryList,
            Chokepoints = chokepoints ?? [],
            TwoWay = twoWay,
            DeparturesPerWeek = departuresPerWeek,
        };
        _links.Add(edit is null ? link : edit(link));
        return this;
    }

    public TinyDataset Commodity(string id, double valueUsdPerTonne = 1000, Mode[]? forbidden = null, string hazard = "", bool licensedOnly = false,
        double? tonnesPerTeu = null, double? tonnesPerWagon = null)
    {
        _commodities.Add(new Commodity
        {
            Id = id,
            Name = id,
            HsCode = "0000",
            ValueUsdPerTonne = valueUsdPerTonne,
            ForbiddenModes = forbidden ?? [],
            HazardClass = hazard,
            LicensedNodesOnly = licensedOnly,
            TonnesPerTeu = tonnesPerTeu,
            TonnesPerWagon = tonnesPerWagon,
        });
        return this;
    }

    public TinyDataset Supply(string node, string commodity, double tonnes)
    {
        _supply.Add(new SupplyPoint(node, commodity, tonnes));
        return this;
    }

    public TinyDataset Demand(string node, string commodity, double tonnes, double safetyDays = 0)
    {
        _demand.Add(new DemandPoint(node, commodity, tonnes, safetyDays));
        return this;
    }

    /// <summary>Background freight from <paramref name="origin"/> to <paramref name="destination"/>: TEU or tonnes a year.</summary>
    public TinyDataset Freight(string origin, string destination, double quantityPerYear, CargoClass cargo = CargoClass.Bulk, double valueUsdPerUnit = 1000)
    {
        _freight.Add(new FreightFlow
        {
            Id = $"{origin}-{destination}-{_freight.Count}",
            Origin = origin,
            Destination = destination,
            Cargo = cargo,
            QuantityPerYear = quantityPerYear,
            ValueUsdPerUnit = valueUsdPerUnit,
            Year = 2024,
        });
        return this;
    }

    /// <summary>Sets a country's WGI political-stability estimate (−2.5 … 2.5).</summary>
    public TinyDataset Stability(string country, double politicalStability)
    {
        _countries.Add(country);
        _politicalStability[country] = politicalStability;
        return this;
    }

    public Dataset Build() => new(
        _nodes, _links,
        _countries.Order(StringComparer.Ordinal).Select(c => new Country
        {
            Code = c,
            Name = c,
            Wgi = new WgiEstimates { PoliticalStability = _politicalStability.TryGetValue(c, out var pv) ? pv : null },
        }).ToArray(),
        _commodities, _supply, _demand, _chokepoints, "tiny")
    { Freight = _freight };
}
