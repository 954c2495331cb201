using Caravan.Core.Assignment;
using Caravan.Core.Assignment.Tntp;

namespace Caravan.Cli.Commands;

/// <summary>One link's load in an assignment report.</summary>
/// <param name="From">Tail node number.</param>
/// <param name="To">Head node number.</param>
/// <param name="Volume">Assigned flow.</param>
/// <param name="Capacity">The file's capacity.</param>
/// <param name="VolumeToCapacity">Volume / capacity.</param>
/// <param name="FreeFlowTime">Travel time at zero flow.</param>
/// <param name="Time">Travel time at the assigned flow.</param>
public sealed record AssignLinkLoad(int From, int To, double Volume, double Capacity, double VolumeToCapacity, double FreeFlowTime, double Time)
{
    /// <summary>The <paramref name="top"/> links with the highest volume/capacity (ties by file order).</summary>
    public static IReadOnlyList<AssignLinkLoad> MostCongested(TntpProblem tntp, AssignmentResult result, int top) =>
        tntp.Network.Links
            .Select((link, i) => new AssignLinkLoad(link.From, link.To, result.ArcFlow[i], link.Capacity,
                link.Capacity > 0 ? result.ArcFlow[i] / link.Capacity : 0, link.FreeFlowTime, result.ArcTime[i]))
            .OrderByDescending(l => l.VolumeToCapacity)
            .Take(Math.Max(0, top))
            .ToList();
}
