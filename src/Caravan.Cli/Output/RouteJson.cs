using Caravan.Core.Routing;

namespace Caravan.Cli.Output;

/// <summary>
/// The JSON contract of <c>caravan route</c> (docs/cli.md): the field names are fixed. Money and
/// CO2 are for the whole shipment; hours door to door; risk the probability of meeting at least
/// one disruption.
/// </summary>
public sealed record RouteJson(
    int Rank, double CostUsd, double Hours, double Co2Kg, double Risk, double GeneralisedCostUsd,
    IReadOnlyList<string> Countries, IReadOnlyList<string> Chokepoints, IReadOnlyList<string> Modes,
    IReadOnlyList<LegJson> Legs, IReadOnlyList<TransferJson> Transfers, IReadOnlyList<BorderJson> Borders,
    string Family, string Why)
{
    /// <summary>Maps a route.</summary>
    public static RouteJson Of(Route r) => new(
        r.Rank, Round(r.CostUsd), Round(r.Hours), Round(r.Co2Kg), Math.Round(r.Risk, 6), Round(r.GeneralisedCostUsd),
        r.Countries, r.Chokepoints, r.Modes,
        r.Legs.Select(l => new LegJson(l.From, l.To, l.Mode, Round(l.Km), Round(l.Hours), Round(l.CostUsd), Round(l.Co2Kg), l.Countries, l.Operator, l.Link)).ToArray(),
        r.Transfers.Select(t => new TransferJson(t.Node, t.FromMode, t.ToMode, Round(t.Hours), Round(t.Co2Kg))).ToArray(),
        r.Borders.Select(b => new BorderJson(b.Node, b.Country, b.Regime, Round(b.DwellHours), b.GaugeChange)).ToArray(),
        RouteFamily.Classify(r), r.Why);

    // Two decimals are below any figure's precision and keep the output readable.
    private static double Round(double x) => Math.Round(x, 2);
}

/// <summary>One leg in the route JSON.</summary>
public sealed record LegJson(string From, string To, string Mode, double Km, double Hours, double CostUsd, double Co2Kg,
    IReadOnlyList<string> Countries, string Operator, string Link);

/// <summary>One change of mode in the route JSON.</summary>
public sealed record TransferJson(string Node, string FromMode, string ToMode, double Hours, double Co2Kg);

/// <summary>One border crossing in the route JSON.</summary>
public sealed record BorderJson(string Node, string Country, string Regime, double DwellHours, bool GaugeChange);

/// <summary>The whole answer of <c>caravan route --format json</c>.</summary>
public sealed record RouteAnswerJson(
    string From, string To, string Commodity, double Tonnes, string Constraints,
    IReadOnlyList<RouteJson> Routes, string? NoRouteReason, IReadOnlyList<string> Notes)
{
    /// <summary>Maps a result.</summary>
    public static RouteAnswerJson Of(RouteRequest request, RouteResult result) => new(
        request.From, request.To, request.Commodity.Id, request.Tonnes, request.Constraints.Describe(),
        result.Routes.Select(RouteJson.Of).ToArray(), result.NoRouteReason, result.Notes);
}
