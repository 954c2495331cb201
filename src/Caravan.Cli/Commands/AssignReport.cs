using Caravan.Core.Assignment;
using Caravan.Core.Assignment.Tntp;

namespace Caravan.Cli.Commands;

/// <summary>What <c>caravan assign</c> prints in JSON (camelCase); the table output shows the same figures.</summary>
/// <param name="Network">The network file (TNTP mode).</param>
/// <param name="Trips">The trip table (TNTP mode).</param>
/// <param name="Status">converged, iteration-limit, time-limit or cancelled.</param>
/// <param name="Objective">Beckmann objective (user equilibrium) or total cost (system optimum).</param>
/// <param name="ObjectiveKind">user-equilibrium or system-optimum.</param>
/// <param name="RelativeGap">(TSTT − SPTT) / TSTT reached.</param>
/// <param name="GapTarget">The --gap asked for.</param>
/// <param name="Tstt">Total system travel time (generalised cost).</param>
/// <param name="Sptt">All demand at current shortest-path costs.</param>
/// <param name="Iterations">Iterations done.</param>
/// <param name="Seconds">Solve time (reading excluded).</param>
/// <param name="ReadSeconds">Time to read the files.</param>
/// <param name="Threads">Threads used.</param>
/// <param name="Method">algorithm-b or frank-wolfe.</param>
/// <param name="Zones">Zones.</param>
/// <param name="Nodes">Nodes.</param>
/// <param name="Links">Links.</param>
/// <param name="TotalDemand">All trips in the table, intrazonal included.</param>
/// <param name="UnassignedDemand">Trips left out because no path joins their zones (with --skip-unreachable).</param>
/// <param name="UnreachablePairs">Number of zone pairs left out.</param>
/// <param name="FlowsOut">Where link flows were written, or null.</param>
/// <param name="MostCongested">Links with the highest volume/capacity.</param>
public sealed record AssignReport(string Network, string Trips, string Status, double Objective, string ObjectiveKind, double RelativeGap, double GapTarget,
    double Tstt, double Sptt, int Iterations, double Seconds, double ReadSeconds, int Threads, string Method, int Zones, int Nodes, int Links,
    double TotalDemand, double UnassignedDemand, int UnreachablePairs, string? FlowsOut, IReadOnlyList<AssignLinkLoad> MostCongested)
{
    /// <summary>The report of a TNTP solve.</summary>
    public static AssignReport Of(TntpProblem tntp, AssignmentResult result, AssignSettings settings, double readSeconds, int top) => new(
        tntp.Network.File, tntp.Trips.File, Kebab(result.Status.ToString()), result.ObjectiveValue, Kebab(result.Objective.ToString()),
        result.RelativeGap, settings.Gap, result.Tstt, result.Sptt, result.Iterations, result.Elapsed.TotalSeconds, readSeconds, result.Threads,
        settings.Method, tntp.Network.ZoneCount, tntp.Network.NodeCount, tntp.Network.Links.Count, tntp.Trips.Total,
        result.Unreachable.Sum(u => u.Volume), result.Unreachable.Count, settings.FlowsOut, AssignLinkLoad.MostCongested(tntp, result, top));

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
