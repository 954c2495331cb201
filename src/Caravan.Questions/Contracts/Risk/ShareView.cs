namespace Caravan.Questions.Contracts;

/// <summary>A country's quantity and share.</summary>
/// <param name="Country">ISO alpha-2.</param>
/// <param name="Quantity">Quantity.</param>
/// <param name="Share">Share, 0–1.</param>
public sealed record ShareView(string Country, double Quantity, double Share);
