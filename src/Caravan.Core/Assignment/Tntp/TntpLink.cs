namespace Caravan.Core.Assignment.Tntp;

/// <summary>One link of a TNTP network file, in the file's units.</summary>
/// <param name="From">Tail node number (1-based, as in the file).</param>
/// <param name="To">Head node number.</param>
/// <param name="Capacity">Capacity (flow per period, e.g. veh/h).</param>
/// <param name="Length">Length (for the distance factor).</param>
/// <param name="FreeFlowTime">Free-flow time.</param>
/// <param name="B">BPR α.</param>
/// <param name="Power">BPR β.</param>
/// <param name="Speed">Speed limit (not used by the assignment).</param>
/// <param name="Toll">Toll (for the toll factor).</param>
/// <param name="Type">Link type (not used by the assignment).</param>
/// <param name="Line">Line of the file the link is on.</param>
public sealed record TntpLink(int From, int To, double Capacity, double Length, double FreeFlowTime, double B, double Power,
    double Speed, double Toll, int Type, int Line);
