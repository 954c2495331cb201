using Caravan.Cli.Output;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan route</c>: the best route (or k alternatives, or the Pareto set) for a shipment, with
/// its legs, transfers, borders and totals, under the given scenarios; or the reason there is none (exit code 3).
/// </summary>
public sealed class RouteCommand(IAnsiConsole console) : Command<RouteSettings>
{
    /// <summary>Exit code when the question is valid but no route meets the constraints.</summary>
    public const int NoRouteExitCode = 3;

    /// <inheritdoc />
    public override int Execute(CommandContext context, RouteSettings settings, CancellationToken cancellationToken)
    {
        var applied = settings.LoadScenarioDataset();
        var dataset = applied.Dataset;
        var from = Resolve(Lookup.Node(dataset, settings.From!));
        var to = Resolve(Lookup.Node(dataset, settings.To!));
        var commodity = settings.Commodity is null
            ? DefaultCommodity(dataset, from.Id)
            : Resolve(Lookup.Commodity(dataset, settings.Commodity));
        var request = new RouteRequest(from.Id, to.Id, commodity)
        {
            Tonnes = settings.Tonnes,
            Constraints = Constraints(dataset, settings),
        };
        var parameters = CostParameters.Default with
        {
            CarbonPriceUsdPerTonneCo2 = settings.CarbonPrice ?? CostParameters.Default.CarbonPriceUsdPerTonneCo2,
            TimeQuantile = settings.TimeQuantile,
        };
        // What the edited dataset cannot show the planner: export bans, windowed closures.
        var (adjusted, banned, notes) = ScenarioRouting.Adjust(applied, request);
        var planner = new RoutePlanner(new CostModel(dataset, parameters));
        var result = banned is not null ? RouteResult.None(banned)
            : settings.Pareto ? planner.Pareto(adjusted, new ParetoOptions { Epsilon = settings.Epsilon })
            : planner.Alternatives(adjusted, settings.Alternatives, settings.Alternatives > 1 ? settings.MaxShared : 1.0);
        result = result with { Notes = [.. result.Notes, .. notes] };
        request = adjusted;

        if (settings.Json)
            JsonOutput.Write(console, RouteAnswerJson.Of(request, result));
        else if (settings.GeoJson)
            JsonOutput.WriteRaw(console, RouteGeoJson.Write(dataset, result));
        else
            RouteTable.Write(console, request, result);
        return result.Routes.Count > 0 ? 0 : NoRouteExitCode;
    }

    /// <summary>The match of a lookup, or a user error with its suggestion.</summary>
    internal static T Resolve<T>(LookupResult<T> lookup)
        where T : class =>
        lookup.Match ?? throw new CaravanException(lookup.Error!);

    private static Commodity DefaultCommodity(Dataset dataset, string origin)
    {
        var supplied = dataset.Supply.FirstOrDefault(s => s.Node == origin)?.Commodity;
        return (supplied is null ? null : dataset.FindCommodity(supplied))
            ?? (dataset.Commodities.Count > 0 ? dataset.Commodities[0] : null)
            ?? throw new CaravanException("the dataset has no commodity");
    }

    private static RouteConstraints Constraints(Dataset dataset, RouteSettings s)
    {
        var countryCodes = dataset.Countries.Select(c => c.Code).ToArray();
        var countries = List(s.AvoidCountry).Select(c =>
        {
            var code = c.ToUpperInvariant();
            return countryCodes.Contains(code) ? code
                : throw new CaravanException($"unknown country '{c}'{Suggestions.DidYouMean(code, countryCodes)}");
        }).ToArray();
        var modes = List(s.AvoidMode).Select(m => SnakeCase.TryParse<Mode>(m, out var mode) ? mode
            : throw new CaravanException($"unknown mode '{m}'; modes are {string.Join(", ", SnakeCase.Names<Mode>())}")).ToArray();
        var chokepointIds = dataset.Chokepoints.Select(c => c.Id).ToArray();
        var chokepoints = List(s.AvoidChokepoint).Select(c =>
            chokepointIds.FirstOrDefault(id => string.Equals(id, c, StringComparison.OrdinalIgnoreCase))
            ?? throw new CaravanException($"unknown chokepoint '{c}'{Suggestions.DidYouMean(c, chokepointIds)}")).ToArray();
        var nodes = List(s.AvoidNode).Select(n => Resolve(Lookup.Node(dataset, n)).Id).ToArray();
        var linkIds = dataset.Links.Select(l => l.Id).ToArray();
        var links = List(s.AvoidLink).Select(l => dataset.Network.LinkIndex(l) >= 0 ? l
            : throw new CaravanException($"unknown link '{l}'{Suggestions.DidYouMean(l, linkIds)}")).ToArray();
        return new RouteConstraints
        {
            AvoidCountries = countries,
            AvoidModes = modes,
            AvoidChokepoints = chokepoints,
            AvoidNodes = nodes,
            AvoidLinks = links,
            MaxModeChanges = s.MaxModeChanges,
            MaxDays = s.MaxDays,
        };
    }

    private static string[] List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
