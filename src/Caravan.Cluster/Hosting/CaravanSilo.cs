using System.Net;
using Caravan.Cluster.Chunks;
using Caravan.Cluster.Grains;
using Caravan.Cluster.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;

namespace Caravan.Cluster.Hosting;

/// <summary>What every Caravan silo needs, whatever its clustering.</summary>
public static class CaravanSilo
{
    /// <summary>The cluster and service id every Caravan silo and client uses.</summary>
    public const string ClusterId = "caravan";

    /// <summary>First silo-to-silo port of <c>caravan cluster up</c>; silo i listens on this + i.</summary>
    public const int BaseSiloPort = 11111;

    /// <summary>First gateway (client) port; silo i takes this + i.</summary>
    public const int BaseGatewayPort = 30000;

    /// <summary>
    /// Adds Caravan's grains' services (the chunk <paramref name="store"/>, compiled jobs) and the
    /// timeouts chosen for CPU-bound chunks of about a second (docs/cluster.md says why).
    /// </summary>
    public static ISiloBuilder AddCaravan(this ISiloBuilder silo, IChunkStore store)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton(store);
        silo.Services.TryAddSingleton<JobModels>();
        silo.Services.TryAddSingleton<IChunkGate, OpenChunkGate>();
        silo.Services.AddOptions<CaravanClusterOptions>();
        // A chunk is about a second of CPU; 30 s leaves room for a silo busy with its other chunks
        // while a lost call is still noticed long before a user would give up.
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(30));
        return silo;
    }

    /// <summary>Silo <paramref name="index"/> of a cluster on this machine; silo 0 is the primary the others find.</summary>
    public static ISiloBuilder UseCaravanLocalhost(this ISiloBuilder silo, int index) =>
        silo.UseCaravanLocalhost(BaseSiloPort + index, BaseGatewayPort + index, BaseSiloPort);

    /// <summary>A silo of a cluster on this machine on the given ports; <paramref name="primarySiloPort"/> is the silo the others find.</summary>
    public static ISiloBuilder UseCaravanLocalhost(this ISiloBuilder silo, int siloPort, int gatewayPort, int primarySiloPort) =>
        silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, primarySiloPort), ClusterId, ClusterId);

    /// <summary>A silo that joins the PostgreSQL-backed cluster at <paramref name="connectionString"/> on the given ports, advertising <paramref name="advertised"/> (loopback when null).</summary>
    public static ISiloBuilder UseCaravanPostgres(this ISiloBuilder silo, string connectionString, int siloPort, int gatewayPort, IPAddress? advertised)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = connectionString;
        });
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
        silo.ConfigureEndpoints(advertised ?? IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: advertised is not null);
        return silo;
    }
}
