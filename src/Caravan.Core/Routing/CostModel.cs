using System.Collections.Concurrent;
using Caravan.Core.Data;
using Caravan.Core.Distributions;
using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Core.Routing;

/// <summary>
/// Prices every step of a route for a commodity: each directed arc of the compiled network (the
/// link's freight, wait and transit, plus passing the node at its head), leaving the origin, and
/// changing mode at a node. Costs are per tonne and linear in tonnes: the dataset gives per-tonne
/// rates, so a shipment of N t costs N times one tonne. Thread-safe; per-commodity tables are
/// compiled once and cached.
/// </summary>
/// <remarks>
/// Accounting convention: a route o → … → d pays <see cref="Origin"/> once, then for each arc the
/// arc's <see cref="Arc"/> breakdown (which includes the head node, so the destination's handling is
/// paid), then <see cref="Transfer"/> at every node where the mode changes. A min-cost-flow model
/// that ignores transfers can use <see cref="GeneralisedCostPerTonne"/> per arc directly.
/// </remarks>
public sealed class CostModel
{
    private readonly Dictionary<string, double> _politicalRatePerHour;
    private readonly Dictionary<string, Chokepoint> _chokepoints;
    private readonly ConcurrentDictionary<Commodity, CostTable> _tables = new();

    /// <summary>
    /// Builds the model for <paramref name="dataset"/>'s network, with default parameters unless given;
    /// with <paramref name="traffic"/>, every arc also pays the queueing the background freight causes
    /// on its link and at its head node.
    /// </summary>
    public CostModel(Dataset dataset, CostParameters? parameters = null, CorridorTraffic? traffic = null)
    {
        Dataset = dataset;
        Traffic = traffic;
        Parameters = (parameters ?? CostParameters.Default).Validated();
        _chokepoints = dataset.Chokepoints.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _politicalRatePerHour = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var country in dataset.Countries)
            _politicalRatePerHour[country.Code] = PoliticalRatePerHour(country.Wgi.PoliticalStability);
    }

    /// <summary>The background freight whose congestion the arcs pay; null = empty corridors.</summary>
    public CorridorTraffic? Traffic { get; }

    /// <summary>The dataset priced.</summary>
    public Dataset Dataset { get; }

    /// <summary>The compiled network.</summary>
    public TransportNetwork Network => Dataset.Network;

    /// <summary>Prices and weights in force.</summary>
    public CostParameters Parameters { get; }

    /// <summary>Generalised cost of running arc <paramref name="arc"/> and passing its head node, US$/t.</summary>
    public double GeneralisedCostPerTonne(int arc, Commodity commodity) => Table(commodity).Generalised[arc];

    /// <summary>The breakdown of arc <paramref name="arc"/> (link plus its head node), per tonne.</summary>
    public CostBreakdown Arc(int arc, Commodity commodity)
    {
        var link = Network.Links[Network.ArcLink[arc]];
        var tail = Network.Nodes[Network.ArcTail[arc]];
        var head = Network.Nodes[Network.ArcHead[arc]];
        var wait = link.DeparturesPerWeek is > 0 and var perWeek
            ? Core.Hours.PerWeek / perWeek * (Parameters.TimeQuantile ?? 0.5) // the wait is uniform over one headway
            : 0.0;
        var transit = Hours(link.TransitTimeHours);
        var handling = Hours(head.HandlingTimeHours);
        var dwell = Hours(head.DwellHours);
        var co2 = link.Co2GramsPerTonneKm * link.DistanceKm / 1000.0;

        var hazard = Hazard(link.Disruption, wait + transit) + Hazard(head.Disruption, handling + dwell);
        foreach (var id in link.Chokepoints)
            hazard += _chokepoints.TryGetValue(id, out var cp) ? Hazard(cp.Disruption, Parameters.ChokepointPassageHours) : 0;
        // Political exposure: the wait is spent in the tail's country, the transit split evenly over
        // the countries the link crosses, the node time in the head's country.
        hazard += Political(tail.Country) * wait + Political(head.Country) * (handling + dwell);
        if (link.Countries.Count > 0)
        {
            var share = transit / link.Countries.Count;
            foreach (var country in link.Countries)
                hazard += Political(country) * share;
        }
        var congestion = Traffic?.CongestionHours(arc, Network.ArcHead[arc]) ?? 0;
        var priced = Priced(commodity, link.CostUsdPerTonne, head.HandlingCostUsdPerTonne, wait, transit, handling, dwell, co2, hazard, congestion);
        return priced with { FeesUsd = head.FeesUsdPerTonne, CongestionHours = congestion, WarRiskUsd = WarRisk(link, commodity) };
    }

    /// <summary>
    /// War-risk insurance for the link's chokepoint transits, US$/t: each chokepoint's premium (a share of
    /// cargo value per transit) times the commodity's value.
    /// </summary>
    public double WarRisk(Link link, Commodity commodity)
    {
        double share = 0;
        foreach (var id in link.Chokepoints)
            share += _chokepoints.TryGetValue(id, out var cp) ? cp.WarRiskPremium : 0;
        return share * commodity.ValueUsdPerTonne;
    }

    /// <summary>What leaving origin node <paramref name="node"/> costs: its handling, dwell and disruption exposure.</summary>
    public CostBreakdown Origin(int node, Commodity commodity)
    {
        var n = Network.Nodes[node];
        var handling = Hours(n.HandlingTimeHours);
        var dwell = Hours(n.DwellHours);
        var hazard = Hazard(n.Disruption, handling + dwell) + Political(n.Country) * (handling + dwell);
        return Priced(commodity, 0, n.HandlingCostUsdPerTonne, 0, 0, handling, dwell, 0, hazard) with { FeesUsd = n.FeesUsdPerTonne };
    }

    /// <summary>
    /// A change of mode at a node (a new transport-chain element in ISO 14083 terms): the extra
    /// transfer cost and time, and the hub's emissions. The same at every node and for every pair of
    /// modes, which keeps route costs a metric over modes, so loops never pay.
    /// </summary>
    public CostBreakdown Transfer(Commodity commodity) =>
        Priced(commodity, 0, Parameters.TransferCostUsdPerTonne, 0, 0, Parameters.TransferHours, 0, Parameters.HubCo2KgPerTonne, 0);

    /// <summary>
    /// True when arc <paramref name="arc"/> may carry <paramref name="commodity"/> under
    /// <paramref name="constraints"/>: the mode, the link, both end nodes, every country and
    /// chokepoint on it are allowed, and the commodity may use the mode and pass both end nodes.
    /// Route-wide limits (mode changes, days) are the search's business.
    /// </summary>
    public bool Allowed(int arc, Commodity commodity, RouteConstraints constraints)
    {
        var link = Network.Links[Network.ArcLink[arc]];
        var tail = Network.Nodes[Network.ArcTail[arc]];
        var head = Network.Nodes[Network.ArcHead[arc]];
        return commodity.MayUse(link.Mode)
            && commodity.MayPass(tail) && commodity.MayPass(head)
            && constraints.AllowsLink(link) && constraints.AllowsNode(tail) && constraints.AllowsNode(head);
    }

    /// <summary>The compiled per-arc arrays for <paramref name="commodity"/>, built once.</summary>
    public CostTable Table(Commodity commodity) => _tables.GetOrAdd(commodity, c => new CostTable(this, c));

    /// <summary>The value used for a time distribution: its mean, or the chosen quantile.</summary>
    public double Hours(Distribution distribution) =>
        Parameters.TimeQuantile is { } p ? distribution.Quantile(p) : distribution.Mean;

    /// <summary>
    /// Political interruptions per hour in a country: the rate at WGI political stability −2.5,
    /// falling linearly to zero at +2.5; unknown countries take the configured stability.
    /// </summary>
    public double Political(string country) =>
        _politicalRatePerHour.TryGetValue(country, out var rate) ? rate : PoliticalRatePerHour(null);

    private double PoliticalRatePerHour(double? stability)
    {
        var pv = Math.Clamp(stability ?? Parameters.UnknownPoliticalStability, -2.5, 2.5);
        return Parameters.PoliticalDisruptionsPerYearAtWorst * (2.5 - pv) / 5.0 / Core.Hours.PerYear;
    }

    // Closures arrive as a Poisson process, so the hazard −ln(1 − P(hit)) is the expected number of
    // closures overlapping the stay, and hazards of successive steps add.
    private static double Hazard(Disruption? disruption, double hours)
    {
        if (disruption is null || disruption.ClosuresPerYear <= 0)
            return 0;
        var p = disruption.ProbabilityOfHit(hours);
        return p >= 1 ? double.MaxValue : -Math.Log(1 - p);
    }

    private CostBreakdown Priced(Commodity commodity, double freight, double handling, double wait, double transit,
        double handlingHours, double dwell, double co2, double hazard, double congestion = 0)
    {
        var hours = wait + transit + handlingHours + dwell + congestion;
        var timeValue = hours * commodity.ValueUsdPerTonne * commodity.CarryingRatePerYear / Core.Hours.PerYear;
        var carbon = co2 / 1000.0 * Parameters.CarbonPriceUsdPerTonneCo2;
        var premium = hazard * commodity.ValueUsdPerTonne * Parameters.RiskPremiumShareOfValue;
        return new CostBreakdown(freight, handling, wait, transit, handlingHours, dwell, co2, hazard, timeValue, carbon, premium);
    }
}
