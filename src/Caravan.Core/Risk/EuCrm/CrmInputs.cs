namespace Caravan.Core.Risk;

/// <summary>The EU method's scalar inputs for one material and stage; null where not published.</summary>
/// <param name="Mineral">Mineral id.</param>
/// <param name="Stage">Stage.</param>
/// <param name="EuMaterial">The material's name in the EU assessment (<c>LREE</c>, <c>Titanium metal</c>).</param>
/// <param name="ImportReliance">IR, fraction 0–1.</param>
/// <param name="EolRir">End-of-life recycling input rate, fraction 0–1.</param>
/// <param name="SiSr">Substitution index for supply risk, 0–1.</param>
/// <param name="SiEi">Substitution index for economic importance, 0–1.</param>
/// <param name="Ei">Economic importance as published, 0–10.</param>
public sealed record CrmInputs(
    string Mineral, SupplyStage Stage, string EuMaterial, double? ImportReliance, double? EolRir,
    double? SiSr, double? SiEi, double? Ei);
