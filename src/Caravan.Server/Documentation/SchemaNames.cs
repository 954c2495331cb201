using System.Text.Json.Serialization.Metadata;
using Caravan.Questions.Contracts;
using Caravan.Questions.Flows;
using Caravan.Questions.Investment;
using Caravan.Questions.Routes;
using Caravan.Questions.Simulations;
using Microsoft.AspNetCore.OpenApi;

namespace Caravan.Server.Documentation;

/// <summary>
/// The OpenAPI document's names for the shared questions and contracts: the names the API gave them
/// before both hosts shared them, so a client generated from the document keeps its types.
/// </summary>
internal static class SchemaNames
{
    private static readonly Dictionary<Type, string> Kept = new()
    {
        [typeof(RouteFields)] = "RouteParameters",
        [typeof(FlowFields)] = "FlowRequest",
        [typeof(SimulationFields)] = "SimulationRequest",
        [typeof(InvestFields)] = "InvestRequest",
        [typeof(CommodityView)] = "CommodityResponse",
        [typeof(FlagshipCase)] = "FlagshipCellView",
        [typeof(RiskAnswer)] = "RiskReport",
        [typeof(WhatIfAnswer)] = "WhatIfView",
    };

    /// <summary>The schema name of <paramref name="type"/>: its former API name where it had one, else the default.</summary>
    public static string? Of(JsonTypeInfo type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Kept.TryGetValue(type.Type, out var name) ? name : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
    }
}
