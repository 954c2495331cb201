using Caravan.Core.Data;

namespace Caravan.Core.Simulation;

/// <summary>A demand point with its stock: consumption t/h and the initial (safety) stock, t.</summary>
internal sealed record DemandSpec(string Node, string Commodity, int NodeIndex, double TonnesPerHour, double InitialStockTonnes);
