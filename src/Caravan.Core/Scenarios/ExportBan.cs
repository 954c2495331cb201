namespace Caravan.Core.Scenarios;

/// <summary>A commodity that may not leave a country: no arc from a node in the country to outside it carries it.</summary>
/// <param name="Commodity">Commodity id.</param>
/// <param name="Country">ISO alpha-2 code.</param>
public sealed record ExportBan(string Commodity, string Country);
