namespace Caravan.Core.Risk;

/// <summary>A country's part of a mineral's supply.</summary>
/// <param name="Country">ISO alpha-2 code, or <c>other</c> for unattributed supply.</param>
/// <param name="Quantity">Amount, in the unit of the table it came from.</param>
/// <param name="Share">Fraction of the total, 0–1.</param>
public sealed record CountryShare(string Country, double Quantity, double Share);
