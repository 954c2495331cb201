using System.Globalization;
using Caravan.Optimization.Flows;

namespace Caravan.Benchmarks.Flows;

/// <summary>
/// Reads a DIMACS min-cost-flow file (<c>p min N M</c>, <c>n ID SUPPLY</c>, <c>a U V LOW CAP COST</c>;
/// nodes 1-based) as a one-commodity <see cref="FlowProblem"/>: positive supplies are supplies, negative
/// ones demands. Lower bounds must be 0 (genmcf.py writes 0). Benchmark input only, not a product format.
/// </summary>
public static class DimacsReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static FlowProblem Read(string path)
    {
        int nodes = 0;
        var tail = new List<int>();
        var head = new List<int>();
        var capacity = new List<double>();
        var cost = new List<double>();
        var supply = new List<FlowAmount>();
        var demand = new List<FlowAmount>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0)
                continue;
            switch (f[0])
            {
                case "p":
                    nodes = Int(f[2]);
                    break;
                case "n":
                    var b = Int(f[2]);
                    if (b > 0)
                        supply.Add(new FlowAmount(Int(f[1]) - 1, b));
                    else if (b < 0)
                        demand.Add(new FlowAmount(Int(f[1]) - 1, -b));
                    break;
                case "a":
                    if (Int(f[3]) != 0)
                        throw new FormatException("lower bounds other than 0 are not supported");
                    tail.Add(Int(f[1]) - 1);
                    head.Add(Int(f[2]) - 1);
                    capacity.Add(Int(f[4]));
                    cost.Add(Int(f[5]));
                    break;
            }
        }
        var commodity = new FlowCommodity("x", cost.ToArray(), supply, demand, penaltyUsdPerTonne: 0);
        return new FlowProblem(nodes, tail.ToArray(), head.ToArray(), capacity.ToArray(), Enumerable.Repeat(double.PositiveInfinity, nodes).ToArray(), [commodity]);
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
