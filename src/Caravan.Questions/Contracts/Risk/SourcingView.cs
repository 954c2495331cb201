namespace Caravan.Questions.Contracts;

/// <summary>An importer's sourcing mix at a stage.</summary>
/// <param name="Basis">What the figures are (imports, consumption...).</param>
/// <param name="ByShare">True when given as shares, not tonnes.</param>
/// <param name="ImportReliance">Import reliance, 0–1.</param>
/// <param name="ImportRelianceAssumed">True when assumed 1 (imports-only data).</param>
/// <param name="Mix">The mix.</param>
public sealed record SourcingView(string Basis, bool ByShare, double ImportReliance, bool ImportRelianceAssumed, SharesView? Mix);
