using Caravan.Core.Network;

namespace Caravan.Core.Routing;

/// <summary>
/// One link of a route, with everything the shipment pays for it: the wait for departure, the
/// move, the handling (and border dwell) at its end, plus on the first leg the origin's handling
/// and, where the mode changes at its start, the transfer. Legs add up to the route's totals.
/// </summary>
/// <param name="From">Start node id.</param>
/// <param name="To">End node id.</param>
/// <param name="Mode">Mode of the link.</param>
/// <param name="Km">Length, km.</param>
/// <param name="Hours">Elapsed hours, as described above.</param>
/// <param name="CostUsd">Money for the whole shipment, US$.</param>
/// <param name="Co2Kg">CO2e for the whole shipment, kg.</param>
/// <param name="Countries">ISO alpha-2 codes the link crosses.</param>
/// <param name="Operator">Carrier or infrastructure manager.</param>
/// <param name="Link">Link id.</param>
public sealed record Leg(
    string From, string To, Mode Mode, double Km, double Hours, double CostUsd, double Co2Kg,
    IReadOnlyList<string> Countries, string Operator, string Link)
{
    /// <summary>Of <see cref="Hours"/>, the hours spent queueing behind the background freight.</summary>
    public double CongestionHours { get; init; }
}
