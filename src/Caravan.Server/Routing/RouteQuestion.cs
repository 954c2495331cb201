using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Server.Contracts;
using Caravan.Server.Problems;

namespace Caravan.Server.Routing;

/// <summary>Turns route parameters into a <see cref="RouteRequest"/>, reporting each bad field with a suggestion.</summary>
public static class RouteQuestion
{
    /// <summary>Most alternatives one query may ask for.</summary>
    public const int MaxAlternatives = 10;

    /// <summary>Largest shipment one query may ask about, tonnes.</summary>
    public const double MaxTonnes = 1e7;

    /// <summary>Longest door-to-door time a query may bound, days.</summary>
    public const double MaxDays = 3650;

    /// <summary>The scenario names in <paramref name="parameters"/>, in order.</summary>
    public static IReadOnlyList<string> Scenarios(RouteParameters parameters) => List(parameters?.Scenario);

    /// <summary>The request, or null with <paramref name="errors"/> filled.</summary>
    public static RouteRequest? Parse(RouteParameters parameters, Dataset dataset, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(errors);
        var from = Node(dataset, "from", parameters.From, errors);
        var to = Node(dataset, "to", parameters.To, errors);
        Commodity? commodity = null;
        if (parameters.Commodity is { Length: > 0 } c)
        {
            var lookup = Lookup.Commodity(dataset, c);
            commodity = lookup.Match;
            if (commodity is null)
                errors.Add("commodity", lookup.Error!);
        }
        else if (from is not null)
        {
            var supplied = dataset.Supply.FirstOrDefault(s => s.Node == from.Id)?.Commodity;
            commodity = (supplied is null ? null : dataset.FindCommodity(supplied)) ?? (dataset.Commodities.Count > 0 ? dataset.Commodities[0] : null);
        }
        var tonnes = parameters.Tonnes ?? 1;
        if (!(tonnes > 0 && tonnes <= MaxTonnes))
            errors.Add("tonnes", "a shipment is more than 0 and at most 10,000,000 t");
        if (parameters.Alternatives is < 1 or > MaxAlternatives)
            errors.Add("alternatives", $"between 1 and {MaxAlternatives}");
        if (parameters.MaxModeChanges is < 0)
            errors.Add("maxModeChanges", "0 or more");
        // NaN compares false with everything, so the range is asked for, not its complement.
        if (parameters.MaxDays is { } maxDays && !(maxDays > 0 && maxDays <= MaxDays))
            errors.Add("maxDays", $"more than 0 and at most {MaxDays} days");

        var countryCodes = dataset.Countries.Select(x => x.Code).ToArray();
        var countries = Known("avoidCountries", List(parameters.AvoidCountries).Select(x => x.ToUpperInvariant()), countryCodes, "country", errors);
        var modes = new List<Mode>();
        foreach (var m in List(parameters.AvoidModes))
        {
            if (SnakeCase.TryParse<Mode>(m, out var mode))
                modes.Add(mode);
            else
                errors.Add("avoidModes", $"unknown mode '{m}'; modes are {string.Join(", ", SnakeCase.Names<Mode>())}");
        }
        var chokepoints = Known("avoidChokepoints", List(parameters.AvoidChokepoints), dataset.Chokepoints.Select(x => x.Id).ToArray(), "chokepoint", errors);
        var nodes = new List<string>();
        foreach (var n in List(parameters.AvoidNodes))
        {
            if (Node(dataset, "avoidNodes", n, errors) is { } node)
                nodes.Add(node.Id);
        }
        if (!errors.IsEmpty || from is null || to is null || commodity is null)
            return null;
        return new RouteRequest(from.Id, to.Id, commodity)
        {
            Tonnes = tonnes,
            Constraints = new RouteConstraints
            {
                AvoidCountries = countries,
                AvoidModes = modes,
                AvoidChokepoints = chokepoints,
                AvoidNodes = nodes,
                MaxModeChanges = parameters.MaxModeChanges,
                MaxDays = parameters.MaxDays,
            },
        };
    }

    /// <summary>Answers <paramref name="request"/> the way <paramref name="parameters"/> ask (Pareto, alternatives or best).</summary>
    public static RouteAnswer Answer(RoutePlanner planner, RouteRequest request, RouteParameters parameters, IReadOnlyList<string> scenarios)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parameters);
        var k = parameters.Alternatives ?? 1;
        // Alternatives that share over 80 % of their cost with a better one are not real choices.
        var result = parameters.Pareto == true ? planner.Pareto(request) : planner.Alternatives(request, k, k > 1 ? 0.8 : 1.0);
        var dataset = planner.Model.Dataset;
        return new RouteAnswer(request.From, request.To, request.Commodity.Id, request.Tonnes, scenarios, request.Constraints.Describe(),
            result.Routes.Select(r => RouteView.Of(r, dataset)).ToList(), result.NoRouteReason, result.Notes);
    }

    private static Node? Node(Dataset dataset, string field, string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (field != "avoidNodes")
                errors.Add(field, "a node id or name is required");
            return null;
        }
        var lookup = Lookup.Node(dataset, text);
        if (lookup.Match is null)
            errors.Add(field, lookup.Error!);
        return lookup.Match;
    }

    private static List<string> Known(string field, IEnumerable<string> given, string[] known, string what, FieldErrors errors)
    {
        var found = new List<string>();
        foreach (var g in given)
        {
            var match = known.FirstOrDefault(k => k.Equals(g, StringComparison.OrdinalIgnoreCase));
            if (match is null)
                errors.Add(field, $"unknown {what} '{g}'{Suggestions.DidYouMean(g, known)}");
            else
                found.Add(match);
        }
        return found;
    }

    private static string[] List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
