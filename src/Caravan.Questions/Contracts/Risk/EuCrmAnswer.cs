namespace Caravan.Questions.Contracts;

/// <summary>The EU CRM method on a user's inputs (<c>caravan risk eu-crm --format json</c>).</summary>
/// <param name="Input">The input file.</param>
/// <param name="Shape">stage-level or full.</param>
/// <param name="Materials">Per material.</param>
public sealed record EuCrmAnswer(string Input, string Shape, IReadOnlyList<EuCrmMaterial> Materials);
