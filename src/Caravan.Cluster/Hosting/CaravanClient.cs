using System.Net;
using Orleans.Configuration;

namespace Caravan.Cluster.Hosting;

/// <summary>How a client finds the cluster: gateways by address, or the PostgreSQL membership table.</summary>
public static class CaravanClient
{
    /// <summary>
    /// Reads <c>--cluster</c>'s ADDRESS: gateways as host:port, comma-separated (a bare host takes
    /// the first gateway port); null with the problem when it does not read.
    /// </summary>
    public static (IReadOnlyList<IPEndPoint>? Gateways, string? Problem) ParseGateways(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var gateways = new List<IPEndPoint>();
        foreach (var part in address.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            var host = colon < 0 ? part : part[..colon];
            var port = CaravanSilo.BaseGatewayPort;
            if (colon >= 0 && !(int.TryParse(part[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out port) && port is > 0 and < 65536))
                return (null, $"'{part}' has no port between 1 and 65535 after its colon");
            IPAddress? ip;
            if (!IPAddress.TryParse(host, out ip))
            {
                try
                {
                    ip = Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
                }
                catch (System.Net.Sockets.SocketException)
                {
                    ip = null;
                }
            }
            if (ip is null)
                return (null, $"host '{host}' is not known");
            gateways.Add(new IPEndPoint(ip, port));
        }
        return gateways.Count == 0 ? (null, "no gateway address given") : (gateways, null);
    }

    /// <summary>A client of the cluster at <paramref name="gateways"/>.</summary>
    public static IClientBuilder UseCaravanGateways(this IClientBuilder client, IReadOnlyList<IPEndPoint> gateways)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.UseStaticClustering([.. gateways]);
        return client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (CaravanSilo.ClusterId, CaravanSilo.ClusterId));
    }

    /// <summary>A client of the PostgreSQL-backed cluster at <paramref name="connectionString"/>: it finds the gateways in the membership table.</summary>
    public static IClientBuilder UseCaravanPostgres(this IClientBuilder client, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = connectionString;
        });
        return client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (CaravanSilo.ClusterId, CaravanSilo.ClusterId));
    }
}
