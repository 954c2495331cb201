namespace Caravan.Server.Scenarios;

/// <summary>The outcome of checking a scenario document against the dataset.</summary>
/// <param name="Valid">True when there is no problem.</param>
/// <param name="Problems">Every problem: the field, its line and column in the document, and the message.</param>
public sealed record ScenarioValidation(bool Valid, IReadOnlyList<ScenarioProblem> Problems);
