namespace Caravan.Server.Network;

/// <summary>A country: ISO alpha-2 code and name.</summary>
/// <param name="Code">ISO 3166-1 alpha-2.</param>
/// <param name="Name">Name.</param>
public sealed record CountryResponse(string Code, string Name);
