using System.ComponentModel;
using Caravan.Core.Simulation;
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
    public int Runs { get; init; } = 200;

    /// <summary>Horizon, days.</summary>
    [CommandOption("--horizon-days <D>")]
    [Description("Simulated days per replication, warm-up included (default 365).")]
    [DefaultValue(365.0)]
    public double HorizonDays { get; init; } = 365;

    /// <summary>Warm-up, days.</summary>
    [CommandOption("--warmup-days <D>")]
    [Description("Days ignored by the statistics at the start of each replication (default 30).")]
    [DefaultValue(30.0)]
    public double WarmupDays { get; init; } = 30;

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
    public string[] Commodities { get; init; } = [];

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

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate()
    {
        var format = base.Validate();
        if (!format.Successful)
            return format;
        if (Runs < 1)
            return Spectre.Console.ValidationResult.Error($"--runs must be at least 1; got {Runs}");
        if (!(HorizonDays > 0))
            return Spectre.Console.ValidationResult.Error($"--horizon-days must be positive; got {HorizonDays}");
        if (!(WarmupDays >= 0 && WarmupDays < HorizonDays))
            return Spectre.Console.ValidationResult.Error($"--warmup-days must be at least 0 and less than --horizon-days; got {WarmupDays}");
        if (LotTonnes is { } lot && !(lot > 0 && lot <= SimulationOptions.MaxLotTonnes))
            return Spectre.Console.ValidationResult.Error($"--lot-tonnes must be more than 0 and at most {SimulationOptions.MaxLotTonnes:N0}; got {lot}");
        if (Threads is < 1)
            return Spectre.Console.ValidationResult.Error($"--threads must be at least 1; got {Threads}");
        if (!Enum.TryParse<ArrivalProcess>(Arrivals, ignoreCase: true, out _))
            return Spectre.Console.ValidationResult.Error($"--arrivals must be poisson or fixed; got '{Arrivals}'");
        return Spectre.Console.ValidationResult.Success();
    }

    /// <summary>The simulation options these settings ask for.</summary>
    public SimulationOptions Options() => new()
    {
        Replications = Runs,
        HorizonDays = HorizonDays,
        WarmupDays = WarmupDays,
        Seed = Seed,
        LotTonnes = LotTonnes,
        Commodities = Commodities,
        Arrivals = Enum.Parse<ArrivalProcess>(Arrivals, ignoreCase: true),
        MaxThreads = Threads,
        TraceQueues = Plot is not null,
    };
}
