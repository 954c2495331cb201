using System.ComponentModel;
using System.Net;
using Caravan.Cluster.Hosting;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan worker</c>.</summary>
public sealed class WorkerSettings : CommandSettings
{
    /// <summary>The cluster's PostgreSQL database.</summary>
    [CommandOption("--cluster-db <CONNSTRING>")]
    [Description("PostgreSQL connection string of the cluster's membership and chunk tables (Host=...;Database=...;Username=...;Password=...).")]
    public string? ClusterDb { get; init; }

    /// <summary>Silo-to-silo port.</summary>
    [CommandOption("--silo-port <PORT>")]
    [Description("Port other silos reach this one on (default 11111).")]
    [DefaultValue(CaravanSilo.BaseSiloPort)]
    public int SiloPort { get; init; } = CaravanSilo.BaseSiloPort;

    /// <summary>Client port.</summary>
    [CommandOption("--gateway-port <PORT>")]
    [Description("Port clients (caravan simulate --cluster-db) reach this silo on (default 30000).")]
    [DefaultValue(CaravanSilo.BaseGatewayPort)]
    public int GatewayPort { get; init; } = CaravanSilo.BaseGatewayPort;

    /// <summary>The address other machines reach this one at.</summary>
    [CommandOption("--advertise <IP>")]
    [Description("This machine's IP address as the other machines see it (default: loopback, for silos on one machine).")]
    public string? Advertise { get; init; }

    /// <summary>The parsed <see cref="Advertise"/>.</summary>
    public IPAddress? AdvertisedAddress => Advertise is null ? null : IPAddress.Parse(Advertise);

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(ClusterDb))
            return Spectre.Console.ValidationResult.Error("--cluster-db is required: the PostgreSQL connection string of the cluster");
        if (SiloPort is < 1 or > 65535 || GatewayPort is < 1 or > 65535 || SiloPort == GatewayPort)
            return Spectre.Console.ValidationResult.Error($"--silo-port and --gateway-port must be two different ports from 1 to 65535; got {SiloPort} and {GatewayPort}");
        if (Advertise is not null && !IPAddress.TryParse(Advertise, out _))
            return Spectre.Console.ValidationResult.Error($"--advertise must be an IP address; got '{Advertise}'");
        return base.Validate();
    }
}
