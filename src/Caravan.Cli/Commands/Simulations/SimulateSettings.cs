using System.ComponentModel;
using Caravan.Cli.Conventions;
using Caravan.Questions.Fields;
using Caravan.Questions.Simulations;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>Options of <c>caravan simulate</c>.</summary>
public sealed class SimulateSettings : ScenarioSettings
{
    /// <summary>Compare the scenarios against the baseline with common random numbers.</summary>
    [CommandOption("--compare")]
    [Description("Simulate the baseline and every --scenario with the same random numbers; print one comparison table.")]
    public bool Compare { get; init; }

    /// <summary>Replications.</summary>
    [CommandOption("--runs <R>")]
    [Description("Replications (default 200).")]
    [DefaultValue(200)]
    [Field("replications")]
    public int Runs { get; init; } = 200;

    /// <summary>Horizon, days.</summary>
    [CommandOption("--horizon-days <D>")]
    [Description("Simulated days per replication, warm-up included (default 365).")]
    [DefaultValue(365.0)]
    public double HorizonDays { get; init; } = 365;

    /// <summary>Warm-up, days.</summary>
    [CommandOption("--warmup-days <D>")]
    [Description("Days ignored by the statistics at the start of each replication (default 30, or half a shorter horizon).")]
    public double? WarmupDays { get; init; }

    /// <summary>Root seed.</summary>
    [CommandOption("--seed <N>")]
    [Description("Root seed of every random stream (default 1).")]
    [DefaultValue(1UL)]
    public ulong Seed { get; init; } = 1;

    /// <summary>Lot size, t.</summary>
    [CommandOption("--lot-tonnes <T>")]
    [Description("Tonnes per lot (default: a week's output of each supply point).")]
    public double? LotTonnes { get; init; }

    /// <summary>Commodities to move.</summary>
    [CommandOption("--commodity <ID>")]
    [Description("Move only this commodity (repeat for several); default: all. The flagship is --commodity gallium --commodity u3o8.")]
    [Field("commodity")]
    public string[] Commodities { get; init; } = [];

    /// <summary>Origin countries whose supply may ship; none = all.</summary>
    [CommandOption("--origin <COUNTRY>")]
    [Description("Only supply in this country ships (repeatable, ISO alpha-2), as in caravan flow: the lots follow the flow plan of what these origins can deliver.")]
    [Field("origins")]
    public string[] Origins { get; init; } = [];

    /// <summary>Arrival process at supply nodes.</summary>
    [CommandOption("--arrivals <PROCESS>")]
    [Description("poisson (default) or fixed: how lots are released at supply nodes.")]
    [DefaultValue("poisson")]
    public string Arrivals { get; init; } = "poisson";

    /// <summary>Folder for plots.</summary>
    [CommandOption("--plot <DIR>")]
    [Description("Write lead-time histogram and CDF and queue-length plots (PNG and SVG) into DIR.")]
    public string? Plot { get; init; }

    /// <summary>Most threads to use.</summary>
    [CommandOption("--threads <N>")]
    [Description("Most threads to use (default: all cores). Never changes the results.")]
    public int? Threads { get; init; }

    /// <summary>Leave the wall time out of the manifest.</summary>
    [CommandOption("--reproducible")]
    [Description("Write the manifest's wall time as null, so repeated runs compare byte for byte.")]
    public bool Reproducible { get; init; }

    /// <summary>Gateways of the cluster to run on.</summary>
    [CommandOption("--cluster <ADDRESS>")]
    [Description("Run the replications on the Orleans cluster at ADDRESS (host:port gateways, comma-separated; 'caravan cluster up' prints it). Same result as a local run.")]
    public string? Cluster { get; init; }

    /// <summary>The PostgreSQL database of the cluster to run on.</summary>
    [CommandOption("--cluster-db <CONNSTRING>")]
    [Description("Run the replications on the PostgreSQL-backed cluster whose membership is in this database ('caravan worker --cluster-db' joins it).")]
    public string? ClusterDb { get; init; }

    /// <summary>True when the run goes to a cluster.</summary>
    public bool OnCluster => Cluster is not null || ClusterDb is not null;

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate()
    {
        if (Cluster is not null && ClusterDb is not null)
            return Spectre.Console.ValidationResult.Error("give --cluster or --cluster-db, not both");
        if (Threads is < 1)
            return Spectre.Console.ValidationResult.Error($"--threads must be at least 1; got {Threads}");
        if (OnCluster && Plot is not null)
            return Spectre.Console.ValidationResult.Error("--plot needs the queue traces of a local run; leave out --cluster or --plot");
        if (Cluster is { } address && Caravan.Cluster.Hosting.CaravanClient.ParseGateways(address).Problem is { } problem)
            return Spectre.Console.ValidationResult.Error($"--cluster: {problem}");
        return base.Validate();
    }

    /// <summary>The question these options ask; the question checks every value.</summary>
    public SimulationFields Fields() => new()
    {
        Commodity = TextList.Join(Commodities),
        Origins = TextList.Join(Origins),
        Compare = Compare,
        Replications = Runs,
        Seed = Seed > long.MaxValue ? -1 : (long)Seed,
        HorizonDays = HorizonDays,
        WarmupDays = WarmupDays,
        LotTonnes = LotTonnes,
        Arrivals = Arrivals,
    };
}
