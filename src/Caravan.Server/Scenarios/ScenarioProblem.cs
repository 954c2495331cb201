namespace Caravan.Server.Scenarios;

/// <summary>One problem in a scenario document.</summary>
/// <param name="Field">JSON path of the field at fault (<c>scenario.edits[0].type</c>).</param>
/// <param name="Line">Line in the document, 1-based; 0 when unknown.</param>
/// <param name="Column">Column, 1-based; 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ScenarioProblem(string Field, int Line, int Column, string Message);
