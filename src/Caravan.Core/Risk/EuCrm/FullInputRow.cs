namespace Caravan.Core.Risk;

/// <summary>One row of the full-input shape: a country's share at one stage and scope, plus the material's inputs.</summary>
/// <param name="Material">Material name.</param>
/// <param name="Stage">Stage.</param>
/// <param name="Scope">Global supply or sourcing.</param>
/// <param name="Country">ISO alpha-2 code or <c>other</c>.</param>
/// <param name="Share">Share, 0–1.</param>
/// <param name="WgiMean">The country's six-indicator WGI mean; null = look it up.</param>
/// <param name="TradeParameter">Trade parameter; null = 1.</param>
/// <param name="ImportReliance">IR of the material at this stage, 0–1.</param>
/// <param name="EolRir">EoL-RIR, 0–1.</param>
/// <param name="SiSr">SI_SR, 0–1.</param>
/// <param name="Ei">Economic importance.</param>
/// <param name="Line">Line in the file.</param>
public sealed record FullInputRow(
    string Material, SupplyStage Stage, HhiScope Scope, string Country, double Share, double? WgiMean,
    double? TradeParameter, double? ImportReliance, double? EolRir, double? SiSr, double? Ei, int Line);
