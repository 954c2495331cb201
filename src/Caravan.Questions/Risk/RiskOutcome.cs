using Caravan.Core.Risk;

namespace Caravan.Questions.Risk;

/// <summary>What a risk question found: the assessment (for governance names and detail) and per mineral its risk and corridor exposure.</summary>
/// <param name="Assessment">The assessment the results came from.</param>
/// <param name="Results">Per mineral, in the order asked.</param>
public sealed record RiskOutcome(RiskAssessment Assessment, IReadOnlyList<(MineralRisk Risk, CorridorReport? Corridor)> Results);
