using Caravan.Core.Routing;

namespace Caravan.Questions.Contracts;

/// <summary>A route's generalised cost split by cause, for the whole shipment.</summary>
/// <param name="FreightUsd">Freight, US$.</param>
/// <param name="HandlingUsd">Handling and fees (border fees included), US$.</param>
/// <param name="WaitHours">Waits for scheduled departures, hours.</param>
/// <param name="TransitHours">Time on the move, hours.</param>
/// <param name="HandlingHours">Handling time, hours.</param>
/// <param name="BorderDwellHours">Border dwell, hours.</param>
/// <param name="Co2Kg">CO2e, kg.</param>
/// <param name="Hazard">Expected disruptions met.</param>
/// <param name="TimeValueUsd">Price of the hours (value × carrying rate × hours / 8,760), US$.</param>
/// <param name="CarbonUsd">Price of the CO2, US$.</param>
/// <param name="RiskPremiumUsd">Risk premium, US$.</param>
/// <param name="MoneyUsd">Freight + handling + war-risk premiums, US$.</param>
/// <param name="Hours">Elapsed hours.</param>
/// <param name="GeneralisedUsd">Money + time value + carbon + risk premium, US$.</param>
/// <param name="WarRiskUsd">War-risk insurance premiums for the chokepoints passed (part of money), US$.</param>
public sealed record BreakdownView(
    double FreightUsd, double HandlingUsd, double WaitHours, double TransitHours, double HandlingHours, double BorderDwellHours,
    double Co2Kg, double Hazard, double TimeValueUsd, double CarbonUsd, double RiskPremiumUsd, double MoneyUsd, double Hours, double GeneralisedUsd,
    double WarRiskUsd)
{
    /// <summary>Of <see cref="Hours"/>, hours queueing behind the background freight on the corridors.</summary>
    public double CongestionHours { get; init; }

    /// <summary>The contract of <paramref name="b"/>.</summary>
    public static BreakdownView Of(CostBreakdown b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(Rounded.Usd(b.FreightUsd), Rounded.Usd(b.HandlingUsd), Rounded.Two(b.WaitHours), Rounded.Two(b.TransitHours),
            Rounded.Two(b.HandlingHours), Rounded.Two(b.BorderDwellHours), Rounded.Two(b.Co2Kg), Rounded.Share(b.Hazard),
            Rounded.Usd(b.TimeValueUsd), Rounded.Usd(b.CarbonUsd), Rounded.Usd(b.RiskPremiumUsd), Rounded.Usd(b.MoneyUsd),
            Rounded.Two(b.Hours), Rounded.Usd(b.GeneralisedUsd), Rounded.Usd(b.WarRiskUsd))
        { CongestionHours = Rounded.Two(b.CongestionHours) };
    }
}
