using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Simulation;
using Caravan.Questions;
using Caravan.Questions.Contracts;
using Caravan.Questions.Flows;
using Caravan.Questions.Investment;
using Caravan.Questions.Routes;
using Caravan.Questions.Simulations;
using Caravan.Server.Network;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Caravan.Server.Documentation;

/// <summary>
/// Puts the ranges the server enforces into the OpenAPI document (<c>minimum</c>, <c>maximum</c>,
/// <c>exclusiveMinimum</c>) for request fields and for the dataset's fields in responses, from the
/// same constants the checks use (<see cref="FieldLimits"/> and <see cref="QuestionLimits"/>), so the
/// document cannot drift from the behaviour. Kept beside the contracts rather than as attributes on
/// them, so one table says every range.
/// </summary>
internal static class SchemaRanges
{
    private sealed record Range(double? Min, double? Max, bool AboveMin = false);

    private static readonly Range Latitude = new(-90, 90);
    private static readonly Range Longitude = new(-180, 180);
    private static readonly Range TonnesPerDay = new(0, FieldLimits.MaxTonnesPerDay, AboveMin: true);
    private static readonly Range UsdPerTonne = new(0, FieldLimits.MaxUsdPerTonne);
    private static readonly QuestionLimits Limits = QuestionLimits.Default;

    private static readonly Dictionary<(Type, string), Range> ByProperty = new()
    {
        [(typeof(NodeResponse), "lat")] = Latitude,
        [(typeof(NodeResponse), "lon")] = Longitude,
        [(typeof(NodeResponse), "capacityTonnesPerDay")] = TonnesPerDay,
        [(typeof(NodeResponse), "handlingCostUsdPerTonne")] = UsdPerTonne,
        [(typeof(LinkResponse), "distanceKm")] = new(0, FieldLimits.MaxDistanceKm, AboveMin: true),
        [(typeof(LinkResponse), "costUsdPerTonne")] = UsdPerTonne,
        [(typeof(LinkResponse), "capacityTonnesPerDay")] = TonnesPerDay,
        [(typeof(LinkResponse), "departuresPerWeek")] = new(0, FieldLimits.MaxDeparturesPerWeek, AboveMin: true),
        [(typeof(LinkResponse), "co2GramsPerTonneKm")] = new(0, FieldLimits.MaxCo2GramsPerTonneKm),
        [(typeof(CommodityView), "valueUsdPerTonne")] = new(0, FieldLimits.MaxValueUsdPerTonne, AboveMin: true),
        [(typeof(CommodityView), "carryingRatePerYear")] = new(0, 1),
        [(typeof(SimulationFields), "replications")] = new(1, null),
        [(typeof(SimulationFields), "seed")] = new(0, null),
        [(typeof(SimulationFields), "horizonDays")] = new(0, Limits.MaxHorizonDays, AboveMin: true),
        [(typeof(SimulationFields), "warmupDays")] = new(0, Limits.MaxHorizonDays),
        [(typeof(SimulationFields), "lotTonnes")] = new(0, SimulationOptions.MaxLotTonnes, AboveMin: true),
        [(typeof(RouteFields), "tonnes")] = new(0, Limits.MaxTonnes, AboveMin: true),
        [(typeof(RouteFields), "maxDays")] = new(0, Limits.MaxRouteDays, AboveMin: true),
        [(typeof(RouteFields), "alternatives")] = new(1, Limits.MaxAlternatives),
        [(typeof(RouteFields), "maxModeChanges")] = new(0, null),
        [(typeof(FlowFields), "timeLimitSeconds")] = new(0, null, AboveMin: true),
        [(typeof(InvestFields), "budget")] = new(0, FieldLimits.Ceiling),
        [(typeof(InvestFields), "yearlyBudget")] = new(0, FieldLimits.Ceiling),
        [(typeof(InvestFields), "horizon")] = new(1, Limits.MaxHorizonYears),
        [(typeof(InvestFields), "checkRuns")] = new(0, null),
        [(typeof(InvestFields), "seed")] = new(0, null),
    };

    // Query parameters of GET /api/routes (bound from RouteFields) carry the same ranges.
    private static readonly Dictionary<string, Range> ByQueryParameter = ByProperty
        .Where(p => p.Key.Item1 == typeof(RouteFields)).ToDictionary(p => p.Key.Item2, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>A schema transformer: sets the range of a property (or a route query parameter) the table names.</summary>
    public static Task Apply(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        Range? range = null;
        if (context.JsonPropertyInfo is { } property)
            ByProperty.TryGetValue((property.DeclaringType, property.Name), out range);
        else if (context.ParameterDescription is { Source.Id: "Query" } parameter)
            ByQueryParameter.TryGetValue(parameter.Name, out range);
        if (range is null)
            return Task.CompletedTask;
        if (range.Min is { } min)
        {
            if (range.AboveMin)
                schema.ExclusiveMinimum = Text(min);
            else
                schema.Minimum = Text(min);
        }
        if (range.Max is { } max)
            schema.Maximum = Text(max);
        return Task.CompletedTask;
    }

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
