using System.Globalization;
using Caravan.Cli.Output;
using Caravan.Questions.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan commodities</c>: what moves, what it is worth and where it may not go.</summary>
public sealed class CommoditiesCommand(IAnsiConsole console) : Command<CaravanSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CaravanSettings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        var rows = dataset.Commodities.Select(CommodityView.From).ToList();
        if (settings.Json)
        {
            JsonOutput.Write(console, new { commodities = rows });
            return 0;
        }
        var table = new Table().Title("Commodities").AddColumns("id", "name", "HS code", "value US$/t", "hazard", "restrictions");
        foreach (var c in rows)
        {
            var restrictions = new List<string>();
            if (c.ForbiddenModes.Count > 0)
                restrictions.Add("no " + string.Join("/", c.ForbiddenModes));
            if (c.LicensedNodesOnly)
                restrictions.Add($"licensed ports only (class {c.HazardClass})");
            table.AddRow(
                Markup.Escape(c.Id), Markup.Escape(c.Name), c.HsCode,
                c.ValueUsdPerTonne.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(" ", new[] { c.HazardClass.Length > 0 ? $"class {c.HazardClass}" : "", c.UnNumber }.Where(s => s.Length > 0))),
                Markup.Escape(string.Join("; ", restrictions)));
        }
        console.Write(table);
        return 0;
    }
}
