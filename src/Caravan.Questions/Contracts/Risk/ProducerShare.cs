namespace Caravan.Questions.Contracts;

/// <summary>A producing country's share.</summary>
/// <param name="Country">ISO alpha-2.</param>
/// <param name="Share">Share, 0–1.</param>
public sealed record ProducerShare(string Country, double Share);
