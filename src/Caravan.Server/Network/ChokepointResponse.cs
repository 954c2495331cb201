namespace Caravan.Server.Network;

/// <summary>A strait or canal.</summary>
/// <param name="Id">Slug.</param>
/// <param name="Name">Name.</param>
/// <param name="Lat">Latitude, degrees.</param>
/// <param name="Lon">Longitude, degrees.</param>
public sealed record ChokepointResponse(string Id, string Name, double Lat, double Lon);
