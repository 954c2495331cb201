namespace Caravan.Questions.Contracts;

/// <summary>One leg of a route.</summary>
/// <param name="From">Start node id.</param>
/// <param name="FromName">Start node name.</param>
/// <param name="To">End node id.</param>
/// <param name="ToName">End node name.</param>
/// <param name="Mode">rail, road, sea, ferry, air or inland_water.</param>
/// <param name="Km">Length, km.</param>
/// <param name="Hours">Elapsed hours (wait, move, handling and dwell at its end).</param>
/// <param name="CostUsd">Money for the shipment, US$.</param>
/// <param name="Co2Kg">CO2e for the shipment, kg.</param>
/// <param name="Countries">Countries crossed.</param>
/// <param name="Operator">Carrier.</param>
/// <param name="Link">Link id.</param>
public sealed record LegView(
    string From, string FromName, string To, string ToName, string Mode, double Km, double Hours, double CostUsd, double Co2Kg,
    IReadOnlyList<string> Countries, string Operator, string Link)
{
    /// <summary>Of <see cref="Hours"/>, hours queueing behind the background freight.</summary>
    public double CongestionHours { get; init; }
}
