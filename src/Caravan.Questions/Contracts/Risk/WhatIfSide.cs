namespace Caravan.Questions.Contracts;

/// <summary>One side of a what-if: the mix and the importer's risk.</summary>
/// <param name="Origins">The origins.</param>
/// <param name="Total">Total amount.</param>
/// <param name="Hhi">HHI, 0–1.</param>
/// <param name="ImportReliance">Import reliance, 0–1.</param>
/// <param name="ImportRelianceAssumed">True when assumed 1.</param>
/// <param name="Sr">Importer SR.</param>
/// <param name="SrLow">Lower bound.</param>
/// <param name="SrHigh">Upper bound.</param>
/// <param name="NoData">Why SR is missing.</param>
/// <param name="HhiWgiSourcing">HHI_WGI,t of the sourcing.</param>
/// <param name="HhiWgiGlobal">HHI_WGI,t of world supply.</param>
public sealed record WhatIfSide(IReadOnlyList<WhatIfOrigin> Origins, double Total, double? Hhi, double ImportReliance, bool ImportRelianceAssumed, double? Sr, double? SrLow, double? SrHigh, string? NoData, HhiView? HhiWgiSourcing, HhiView? HhiWgiGlobal);
