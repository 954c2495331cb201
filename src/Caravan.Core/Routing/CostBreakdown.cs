namespace Caravan.Core.Routing;

/// <summary>
/// What one tonne pays for one step of a route, split by cause: running a directed arc and
/// passing the node at its head, leaving the origin, or changing mode at a node. All figures
/// are per tonne; a step's parts that do not apply are zero.
/// </summary>
/// <param name="FreightUsd">The link's freight rate, US$/t.</param>
/// <param name="HandlingUsd">Handling at the head node, US$/t (its port dues and border fees are <see cref="FeesUsd"/>).</param>
/// <param name="WaitHours">Expected wait for the link's next scheduled departure, hours.</param>
/// <param name="TransitHours">Time on the move, hours.</param>
/// <param name="HandlingHours">Handling time at the head node, hours.</param>
/// <param name="BorderDwellHours">Border dwell at the head node under the customs regime in force, hours.</param>
/// <param name="Co2Kg">Well-to-wheel CO2e of the move, kg/t (g/t-km × km / 1000).</param>
/// <param name="Hazard">
/// Disruption hazard: the expected number of disruptions the tonne meets on the arc (link,
/// chokepoints, head node, political instability of the countries crossed). Hazards add along a
/// route; the probability of meeting at least one is 1 − exp(−hazard).
/// </param>
/// <param name="TimeValueUsd">Price of the hours: hours × value × carrying rate / 8760, US$/t.</param>
/// <param name="CarbonUsd">Price of the CO2: kg / 1000 × carbon price, US$/t.</param>
/// <param name="RiskPremiumUsd">Risk premium: hazard × value × premium share, US$/t.</param>
public sealed record CostBreakdown(
    double FreightUsd,
    double HandlingUsd,
    double WaitHours,
    double TransitHours,
    double HandlingHours,
    double BorderDwellHours,
    double Co2Kg,
    double Hazard,
    double TimeValueUsd,
    double CarbonUsd,
    double RiskPremiumUsd)
{
    /// <summary>Port dues, border and customs fees at the head node, US$/t.</summary>
    public double FeesUsd { get; init; }

    /// <summary>Hours queueing behind the background freight (congestion on the link and at the node), 0 without traffic.</summary>
    public double CongestionHours { get; init; }

    /// <summary>War-risk insurance premiums for the chokepoints passed, US$/t (share of cargo value per transit × value).</summary>
    public double WarRiskUsd { get; init; }

    /// <summary>Money paid, US$/t: freight + handling + dues and fees + war-risk premiums.</summary>
    public double MoneyUsd => FreightUsd + HandlingUsd + FeesUsd + WarRiskUsd;

    /// <summary>Elapsed time, hours: wait + transit + handling + border dwell.</summary>
    public double Hours => WaitHours + TransitHours + HandlingHours + BorderDwellHours + CongestionHours;

    /// <summary>Generalised cost, US$/t: money + time value + carbon + risk premium.</summary>
    public double GeneralisedUsd => MoneyUsd + TimeValueUsd + CarbonUsd + RiskPremiumUsd;

    /// <summary>The step that costs nothing.</summary>
    public static CostBreakdown None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
