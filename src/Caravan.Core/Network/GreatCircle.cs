namespace Caravan.Core.Network;

/// <summary>Great-circle distances on a sphere of radius 6,371 km (haversine formula).</summary>
public static class GreatCircle
{
    /// <summary>Mean Earth radius, km (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0;

    /// <summary>The great-circle distance between two nodes, km.</summary>
    public static double Km(Node a, Node b) => Km(a.Lat, a.Lon, b.Lat, b.Lon);

    /// <summary>The great-circle distance between two points given in degrees, km.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double toRad = Math.PI / 180;
        var dLat = (lat2 - lat1) * toRad;
        var dLon = (lon2 - lon1) * toRad;
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1 * toRad) * Math.Cos(lat2 * toRad) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
