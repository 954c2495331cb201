using Caravan.Core.Distributions;

namespace Caravan.Core.Network;

/// <summary>A connection between two nodes by one mode.</summary>
public sealed record Link
{
    /// <summary>Unique slug.</summary>
    public required string Id { get; init; }

    /// <summary>Start node id.</summary>
    public required string From { get; init; }

    /// <summary>End node id.</summary>
    public required string To { get; init; }

    /// <summary>Transport mode.</summary>
    public required Mode Mode { get; init; }

    /// <summary>True when the link can be used in both directions with the same attributes.</summary>
    public bool TwoWay { get; init; } = true;

    /// <summary>Length, km.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Time on the move, hours.</summary>
    public required Distribution TransitTimeHours { get; init; }

    /// <summary>Freight rate for one tonne over the whole link, US$/t.</summary>
    public required double CostUsdPerTonne { get; init; }

    /// <summary>
    /// True when the dataset left the rate empty and the loader priced the link from the tariffs of
    /// the countries it crosses (distance × mean rate); a dataset writes it back empty.
    /// </summary>
    public bool CostFromTariff { get; init; }

    /// <summary>Capacity in each direction, t/day; null = unlimited.</summary>
    public double? CapacityTonnesPerDay { get; init; }

    /// <summary>Capacity in TEU/day, when published in containers (instead of <see cref="CapacityTonnesPerDay"/>); null = not given.</summary>
    public double? CapacityTeuPerDay { get; init; }

    /// <summary>Capacity in wagons/day, when published in wagons (instead of <see cref="CapacityTonnesPerDay"/>); null = not given.</summary>
    public double? CapacityWagonsPerDay { get; init; }

    /// <summary>
    /// Capacity factor by calendar month (1 = the stated capacity), e.g. ferries loading less at low
    /// water; null = the same all year.
    /// </summary>
    public MonthProfile? CapacityMonthFactors { get; init; }

    /// <summary>The capacity in whichever unit the dataset gives it; null = unlimited.</summary>
    public Capacity? Capacity => Network.Capacity.Of(CapacityTonnesPerDay, CapacityTeuPerDay, CapacityWagonsPerDay);

    /// <summary>Scheduled departures per week; null = continuous service.</summary>
    public double? DeparturesPerWeek { get; init; }

    /// <summary>The dataset's own CO2e intensity, g per t-km; null = the mode default.</summary>
    public double? Co2GramsPerTonneKmGiven { get; init; }

    /// <summary>ISO alpha-2 codes of the countries crossed.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Ids of the chokepoints passed.</summary>
    public IReadOnlyList<string> Chokepoints { get; init; } = [];

    /// <summary>Carrier or infrastructure manager.</summary>
    public string Operator { get; init; } = "";

    /// <summary>Random closures (e.g. storm days), where known.</summary>
    public Disruption? Disruption { get; init; }

    /// <summary>Free text.</summary>
    public string Notes { get; init; } = "";

    /// <summary>Reported throughput (what was carried), t/yr; for checking the model, never used as capacity.</summary>
    public double? ThroughputTonnesPerYear { get; init; }

    /// <summary>Reported throughput, TEU/yr; for checking the model.</summary>
    public double? ThroughputTeuPerYear { get; init; }

    /// <summary>Year of the reported throughput.</summary>
    public int? ThroughputYear { get; init; }

    /// <summary>Well-to-wheel CO2e intensity in effect, g per t-km.</summary>
    public double Co2GramsPerTonneKm => Co2GramsPerTonneKmGiven ?? ModeDefaults.Co2GramsPerTonneKm(Mode);

    /// <summary>Expected wait for the next departure, hours: half the headway for scheduled links.</summary>
    public double MeanDepartureWaitHours =>
        DeparturesPerWeek is > 0 and var perWeek ? Hours.PerWeek / perWeek / 2.0 : 0.0;
}
