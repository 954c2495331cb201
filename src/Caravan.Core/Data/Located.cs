using Caravan.Core.Network;
using Caravan.Core.Traffic;

namespace Caravan.Core.Data;

/// <summary>A parsed record with the line it came from, so cross-table checks can point at it.</summary>
internal sealed record Located<T>(T Value, int Line);

/// <summary>The parsed tables of a dataset before cross-table validation.</summary>
internal sealed record RawTables(
    CsvTable NodesTable, List<Located<Node>> Nodes,
    CsvTable LinksTable, List<Located<Link>> Links,
    CsvTable CountriesTable, List<Located<Country>> Countries,
    CsvTable CommoditiesTable, List<Located<Commodity>> Commodities,
    CsvTable SupplyTable, List<Located<SupplyPoint>> Supply,
    CsvTable DemandTable, List<Located<DemandPoint>> Demand,
    CsvTable ChokepointsTable, List<Located<Chokepoint>> Chokepoints,
    CsvTable TariffsTable, List<Located<Tariff>> Tariffs,
    CsvTable FreightTable, List<Located<FreightFlow>> Freight);
