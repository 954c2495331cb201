using Caravan.Core.Distributions;

namespace Caravan.Core.Network;

/// <summary>A place in the network: mine, plant, terminal, border, port, airport, hub or customer.</summary>
public sealed record Node
{
    /// <summary>UN/LOCODE where one exists (<c>KZAAU</c> for Aktau), else a stable slug.</summary>
    public required string Id { get; init; }

    /// <summary>Human name.</summary>
    public required string Name { get; init; }

    /// <summary>What the node is.</summary>
    public required NodeKind Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public required string Country { get; init; }

    /// <summary>Latitude, degrees WGS 84.</summary>
    public required double Lat { get; init; }

    /// <summary>Longitude, degrees WGS 84.</summary>
    public required double Lon { get; init; }

    /// <summary>Handling and fees per tonne passing the node, US$/t.</summary>
    public double HandlingCostUsdPerTonne { get; init; }

    /// <summary>
    /// Port dues, border and customs fees charged per tonne passing the node, US$/t: charged like
    /// handling, but kept apart so that dues and fees are visible and can be changed on their own.
    /// </summary>
    public double FeesUsdPerTonne { get; init; }

    /// <summary>Time a consignment spends in the node, hours.</summary>
    public Distribution HandlingTimeHours { get; init; } = Distribution.Zero;

    /// <summary>Throughput capacity, t/day, all commodities together; null = unlimited.</summary>
    public double? CapacityTonnesPerDay { get; init; }

    /// <summary>Capacity in TEU/day, when published in containers (instead of <see cref="CapacityTonnesPerDay"/>); null = not given.</summary>
    public double? CapacityTeuPerDay { get; init; }

    /// <summary>Capacity in wagons/day, when published in wagons (instead of <see cref="CapacityTonnesPerDay"/>); null = not given.</summary>
    public double? CapacityWagonsPerDay { get; init; }

    /// <summary>
    /// Capacity factor by calendar month (1 = the stated capacity), e.g. a low-water season at a port;
    /// null = the same all year.
    /// </summary>
    public MonthProfile? CapacityMonthFactors { get; init; }

    /// <summary>The capacity in whichever unit the dataset gives it; null = unlimited.</summary>
    public Capacity? Capacity => Network.Capacity.Of(CapacityTonnesPerDay, CapacityTeuPerDay, CapacityWagonsPerDay);

    /// <summary>Parallel servers (berths, cranes, tracks); null = unlimited.</summary>
    public int? Servers { get; init; }

    /// <summary>Customs regime in force; set on border crossings only.</summary>
    public CustomsRegime? CustomsRegime { get; init; }

    /// <summary>Border dwell under paper customs, hours; border crossings only.</summary>
    public Distribution? DwellPaperHours { get; init; }

    /// <summary>Border dwell under digital customs, hours; border crossings only.</summary>
    public Distribution? DwellDigitalHours { get; init; }

    /// <summary>True where the rail gauge changes (1435/1520 mm) and cargo is transshipped.</summary>
    public bool GaugeChange { get; init; }

    /// <summary>Random closures, where known.</summary>
    public Disruption? Disruption { get; init; }

    /// <summary>Hazard classes (e.g. "7") the node is licensed to handle.</summary>
    public IReadOnlyList<string> LicensedClasses { get; init; } = [];

    /// <summary>The background-freight classes the node handles (an oil terminal: liquids only); empty = every class.</summary>
    public IReadOnlyList<Traffic.CargoClass> CargoClasses { get; init; } = [];

    /// <summary>True when the node handles freight of class <paramref name="cargo"/>.</summary>
    public bool Handles(Traffic.CargoClass cargo) => CargoClasses.Count == 0 || CargoClasses.Contains(cargo);

    /// <summary>Free text.</summary>
    public string Notes { get; init; } = "";

    /// <summary>Reported throughput (what was handled), t/yr; for checking the model, never used as capacity.</summary>
    public double? ThroughputTonnesPerYear { get; init; }

    /// <summary>Reported throughput, TEU/yr; for checking the model.</summary>
    public double? ThroughputTeuPerYear { get; init; }

    /// <summary>Year of the reported throughput.</summary>
    public int? ThroughputYear { get; init; }

    /// <summary>
    /// True for mines, plants and customers: cargo starts or ends its journey there and never passes
    /// through on its way elsewhere. Routing, flows and the simulator's re-routing respect it.
    /// </summary>
    public bool IsEndpoint => Kind is NodeKind.Mine or NodeKind.Plant or NodeKind.Customer;

    /// <summary>The border dwell under the regime in force; zero for nodes that are not borders.</summary>
    public Distribution DwellHours => CustomsRegime switch
    {
        Network.CustomsRegime.Digital => DwellDigitalHours ?? Distribution.Zero,
        Network.CustomsRegime.Paper => DwellPaperHours ?? Distribution.Zero,
        _ => Distribution.Zero,
    };
}
