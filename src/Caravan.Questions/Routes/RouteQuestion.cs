using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Network;
using Caravan.Core.Routing;
using Caravan.Core.Scenarios;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;
using Caravan.Questions.Scenarios;

namespace Caravan.Questions.Routes;

/// <summary>
/// A route question, read and checked: the dataset under its scenarios, the shipment and its
/// constraints, and how to answer (best, k alternatives or the Pareto set). Both hosts read it with
/// <see cref="ParseAsync"/> and answer it with <see cref="Answer"/>.
/// </summary>
/// <param name="Applied">The dataset after the scenarios.</param>
/// <param name="Request">Origin, destination, commodity, tonnes and constraints.</param>
/// <param name="Parameters">Cost parameters (carbon price, time quantile).</param>
/// <param name="Alternatives">How many routes.</param>
/// <param name="MaxShared">Most shared cost between alternatives (1 = plain Yen).</param>
/// <param name="Pareto">True: the Pareto set instead of alternatives.</param>
/// <param name="Epsilon">ε-dominance of the Pareto set; 0 = exact.</param>
public sealed record RouteQuestion(
    AppliedScenario Applied, RouteRequest Request, CostParameters Parameters, int Alternatives, double MaxShared, bool Pareto, double Epsilon)
{
    /// <summary>Alternatives that share more than this share of their cost with a better one are not real choices.</summary>
    public const double DefaultMaxShared = 0.8;

    /// <summary>
    /// Reads <paramref name="fields"/> against the dataset under its scenarios (<paramref name="scenarios"/>
    /// when given, else <see cref="RouteFields.Scenario"/> split at commas); every problem, each on its field.
    /// </summary>
    public static async Task<Parsed<RouteQuestion>> ParseAsync(
        RouteFields fields, IScenarioShelf shelf, QuestionLimits limits, CancellationToken cancellationToken, IReadOnlyList<string>? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new FieldProblems();
        var pick = await shelf.ApplyAsync(scenarios ?? TextList.Split(fields.Scenario), cancellationToken);
        foreach (var problem in pick.Problems)
            problems.Add("scenario", problem);
        // Names are checked against the dataset as the scenarios leave it (an added node can be an origin).
        var dataset = pick.Applied?.Dataset ?? shelf.Dataset;
        var from = Choice.Node(dataset, fields.From, "from", problems);
        var to = Choice.Node(dataset, fields.To, "to", problems);
        var commodity = fields.Commodity is { Length: > 0 } c ? Choice.Commodity(dataset, c, "commodity", problems)
            : from is null ? null : DefaultCommodity(dataset, from.Id, problems);
        var tonnes = fields.Tonnes ?? 1;
        if (!(tonnes > 0 && tonnes <= limits.MaxTonnes))
            problems.Add("tonnes", string.Create(CultureInfo.InvariantCulture, $"must be more than 0 and at most {limits.MaxTonnes:N0} t; got {tonnes}"));
        var alternatives = fields.Alternatives ?? 1;
        if (alternatives < 1 || alternatives > limits.MaxAlternatives)
            problems.Add("alternatives", $"must be 1 to {limits.MaxAlternatives}; got {alternatives}");
        var maxShared = fields.MaxShared ?? DefaultMaxShared;
        if (!(maxShared > 0 && maxShared <= 1))
            problems.Add("maxShared", string.Create(CultureInfo.InvariantCulture, $"must be in (0, 1]; got {maxShared}"));
        if (fields.TimeQuantile is { } q && !(q > 0 && q < 1))
            problems.Add("timeQuantile", string.Create(CultureInfo.InvariantCulture, $"must be in (0, 1); got {q}"));
        if (fields.CarbonPrice is { } price && !(price >= 0 && double.IsFinite(price)))
            problems.Add("carbonPrice", string.Create(CultureInfo.InvariantCulture, $"must be 0 or more US$ per t CO2e; got {price}"));
        var epsilon = fields.Epsilon ?? 0;
        if (!(epsilon >= 0 && double.IsFinite(epsilon)))
            problems.Add("epsilon", string.Create(CultureInfo.InvariantCulture, $"must be 0 or more; got {epsilon}"));
        if (fields.MaxModeChanges is < 0)
            problems.Add("maxModeChanges", $"must be 0 or more; got {fields.MaxModeChanges}");
        // NaN compares false with everything, so each range is asked for, not its complement.
        if (fields.MaxDays is { } days && !(days > 0 && days <= limits.MaxRouteDays))
            problems.Add("maxDays", string.Create(CultureInfo.InvariantCulture, $"must be more than 0 and at most {limits.MaxRouteDays:0} days; got {days}"));
        var constraints = Constraints(dataset, fields, problems);
        if (!problems.IsEmpty || pick.Applied is not { } applied || from is null || to is null || commodity is null)
            return Parsed<RouteQuestion>.Failed(problems);
        var parameters = CostParameters.Default with
        {
            CarbonPriceUsdPerTonneCo2 = fields.CarbonPrice ?? CostParameters.Default.CarbonPriceUsdPerTonneCo2,
            TimeQuantile = fields.TimeQuantile,
        };
        var request = new RouteRequest(from.Id, to.Id, commodity) { Tonnes = tonnes, Constraints = constraints };
        return Parsed<RouteQuestion>.Of(new RouteQuestion(applied, request, parameters, alternatives, maxShared, fields.Pareto == true, epsilon));
    }

    /// <summary>
    /// Plans the question on its dataset (export bans become countries to avoid; an origin that bans the
    /// export is "no route" with the reason; windowed closures are named in the notes) and explains each route.
    /// </summary>
    public RouteAnswer Answer(RoutePlanners planners)
    {
        ArgumentNullException.ThrowIfNull(planners);
        var dataset = Applied.Dataset;
        var (request, banned, notes) = ScenarioRouting.Adjust(Applied, Request);
        var planner = planners.For(Applied, Parameters);
        var result = banned is not null ? RouteResult.None(banned)
            : Pareto ? planner.Pareto(request, new ParetoOptions { Epsilon = Epsilon })
            : planner.Alternatives(request, Alternatives, Alternatives > 1 ? MaxShared : 1.0);
        return new RouteAnswer(request.From, request.To, request.Commodity.Id, request.Tonnes, ScenarioNames(Applied),
            request.Constraints.Describe(), [.. result.Routes.Select(r => RouteView.Of(r, dataset))], result.NoRouteReason, [.. result.Notes, .. notes]);
    }

    /// <summary>The scenarios applied, for answers: none for the dataset as it is.</summary>
    internal static IReadOnlyList<string> ScenarioNames(AppliedScenario applied) =>
        [.. applied.Names.Where(n => !Scenario.IsBaseline(n))];

    private static Commodity? DefaultCommodity(Dataset dataset, string origin, FieldProblems problems)
    {
        var supplied = dataset.Supply.FirstOrDefault(s => s.Node == origin)?.Commodity;
        var commodity = (supplied is null ? null : dataset.FindCommodity(supplied)) ?? (dataset.Commodities.Count > 0 ? dataset.Commodities[0] : null);
        if (commodity is null)
            problems.Add("commodity", "the dataset has no commodity");
        return commodity;
    }

    private static RouteConstraints Constraints(Dataset dataset, RouteFields fields, FieldProblems problems)
    {
        var modes = new List<Mode>();
        foreach (var text in TextList.Split(fields.AvoidModes))
        {
            if (Choice.Member(text, Mode.Rail, "avoidModes", "mode", problems) is { } mode)
                modes.Add(mode);
        }
        return new RouteConstraints
        {
            AvoidCountries = Choice.KnownList(fields.AvoidCountries?.ToUpperInvariant(), [.. dataset.Countries.Select(c => c.Code)], "avoidCountries", "country", problems),
            AvoidModes = modes,
            AvoidChokepoints = Choice.KnownList(fields.AvoidChokepoints, [.. dataset.Chokepoints.Select(c => c.Id)], "avoidChokepoints", "chokepoint", problems),
            AvoidNodes = [.. TextList.Split(fields.AvoidNodes).Select(n => Choice.Node(dataset, n, "avoidNodes", problems)?.Id).OfType<string>()],
            AvoidLinks = Choice.KnownList(fields.AvoidLinks, [.. dataset.Links.Select(l => l.Id)], "avoidLinks", "link", problems),
            MaxModeChanges = fields.MaxModeChanges,
            MaxDays = fields.MaxDays,
        };
    }
}
