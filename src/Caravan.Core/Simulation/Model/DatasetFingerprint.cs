using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Caravan.Core.Data;

namespace Caravan.Core.Simulation;

/// <summary>A SHA-256 of a dataset's tables in their CSV spelling, so a manifest names exactly what was simulated.</summary>
public static class DatasetFingerprint
{
    /// <summary>Lowercase hex SHA-256 of the nodes, links, commodities, supply, demand and chokepoints.</summary>
    public static string Of(Dataset dataset)
    {
        var text = new StringBuilder();
        void Row(IEnumerable<string> fields) => text.AppendJoin('\u001f', fields).Append('\n');
        foreach (var n in dataset.Nodes)
            Row(DatasetWriter.NodeRow(n));
        foreach (var l in dataset.Links)
            Row(DatasetWriter.LinkRow(l));
        foreach (var c in dataset.Commodities)
            Row([c.Id, Num(c.ValueUsdPerTonne), c.HazardClass, string.Join(';', c.ForbiddenModes), c.LicensedNodesOnly.ToString(), Num(c.CarryingRatePerYear)]);
        foreach (var s in dataset.Supply)
            Row([s.Node, s.Commodity, Num(s.TonnesPerYear)]);
        foreach (var d in dataset.Demand)
            Row([d.Node, d.Commodity, Num(d.TonnesPerYear), Num(d.SafetyStockDays)]);
        foreach (var c in dataset.Chokepoints)
            Row([c.Id, Num(c.Disruption?.ClosuresPerYear ?? 0), c.Disruption?.ClosureDurationHours.Syntax ?? "", c.Disruption?.MonthWeights?.Syntax ?? ""]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
