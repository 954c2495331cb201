using Caravan.Core.Scenarios;

namespace Caravan.Core.Routing;

/// <summary>
/// What of a scenario the route planner cannot see in the edited dataset: export bans become
/// countries to avoid (a banned commodity may not leave a banning country, so it may not pass
/// through one either), and closures with a time window are named in the notes (a route is
/// timeless; flows and simulations honour windows).
/// </summary>
public static class ScenarioRouting
{
    /// <summary>
    /// <paramref name="request"/> under <paramref name="applied"/>'s export bans, and notes about
    /// what routing leaves out; <c>NoRoute</c> says why nothing can move when the origin itself bans the export.
    /// </summary>
    /// <remarks>Trade rules in force on <paramref name="rulesDay"/> (today, UTC, when null) bar countries the same way, each barrier with its rule so the explanation can name it.</remarks>
    public static (RouteRequest Request, string? NoRoute, IReadOnlyList<string> Notes) Adjust(AppliedScenario applied, RouteRequest request, DateOnly? rulesDay = null)
    {
        ArgumentNullException.ThrowIfNull(applied);
        ArgumentNullException.ThrowIfNull(request);
        var dataset = applied.Dataset;
        var from = dataset.FindNode(request.From)!;
        var to = dataset.FindNode(request.To)!;
        var notes = new List<string>();
        var banned = applied.ExportBans.Where(b => b.Commodity == request.Commodity.Id).Select(b => b.Country).Distinct().ToList();
        if (banned.Contains(from.Country) && to.Country != from.Country)
            return (request, $"{request.Commodity.Id} may not leave {from.Country} under scenario {applied.Label} (export ban)", notes);
        var avoid = banned.Where(c => c != to.Country && !request.Constraints.AvoidCountries.Contains(c)).ToList();
        if (avoid.Count > 0)
        {
            request = request with { Constraints = request.Constraints with { AvoidCountries = [.. request.Constraints.AvoidCountries, .. avoid] } };
            notes.Add($"export ban on {request.Commodity.Id}: transit through {string.Join(", ", avoid)} avoided");
        }
        var (blocked, barriers) = new Rules.TradeRuleBook(dataset, rulesDay).For(request.Commodity, from.Country, to.Country);
        if (blocked is not null)
            return (request, $"{request.Commodity.Id} may not go from {from.Country} to {to.Country}: {blocked.Describe()}; source: {blocked.Source}", notes);
        if (barriers.Count > 0)
        {
            request = request with { Constraints = request.Constraints with { RuleBarriers = [.. request.Constraints.RuleBarriers, .. barriers] } };
            notes.Add($"trade rules in force on {rulesDay ?? DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd} bar {string.Join("; ", barriers.Select(b => $"{b.Country} ({b.Rule.Id})"))}");
        }
        foreach (var closure in applied.Closures.DistinctBy(c => (c.Target, c.Id)).Take(5))
            notes.Add($"{closure.Target.ToString().ToLowerInvariant()} {closure.Id} is closed on days {closure.Window.StartDay:0.#}-{closure.Window.EndDay:0.#} only; routing treats it as open (flows and simulations honour the window)");
        return (request, null, notes);
    }
}
