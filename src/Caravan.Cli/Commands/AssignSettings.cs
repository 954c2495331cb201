using System.ComponentModel;
using Caravan.Core.Assignment;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// Options of <c>caravan assign</c>. Without the TNTP options it assigns the dataset's background
/// freight under <c>--scenario</c> in <c>--year</c>; the TNTP options select the TNTP mode (a standard
/// test network from files), where the stopping, threading and objective options apply.
/// </summary>
public sealed class AssignSettings : ScenarioSettings
{
    /// <summary>The year to carry the dataset's freight to.</summary>
    [CommandOption("--year <YEAR>")]
    [Description("Dataset mode: carry each freight row to this year at its growth rate (default: each row's own year).")]
    public int? Year { get; init; }

    /// <summary>A TNTP network file.</summary>
    [CommandOption("--tntp-net <FILE>")]
    [Description("TNTP network file (…_net.tntp): assign a standard test network instead of a Caravan dataset. Needs --tntp-trips.")]
    public string? TntpNet { get; init; }

    /// <summary>A TNTP trip table.</summary>
    [CommandOption("--tntp-trips <FILE>")]
    [Description("TNTP trip table (…_trips.tntp) for --tntp-net.")]
    public string? TntpTrips { get; init; }

    /// <summary>Relative gap to stop at.</summary>
    [CommandOption("--gap <G>")]
    [Description("Stop when the relative gap (TSTT − SPTT) / TSTT is at or below G (default 1e-4).")]
    [DefaultValue(1e-4)]
    public double Gap { get; init; } = 1e-4;

    /// <summary>Time limit, seconds.</summary>
    [CommandOption("--max-seconds <S>")]
    [Description("Stop after S seconds with the flow reached so far (default: no limit).")]
    public double? MaxSeconds { get; init; }

    /// <summary>Iteration limit.</summary>
    [CommandOption("--max-iterations <N>")]
    [Description("Stop after N iterations (default 10,000).")]
    [DefaultValue(10_000)]
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>Where to write link flows.</summary>
    [CommandOption("--flows-out <FILE>")]
    [Description("Write link flows in the TNTP flow format (From To Volume Cost), one line per link in the net file's order.")]
    public string? FlowsOut { get; init; }

    /// <summary>Threads for the parallel phases.</summary>
    [CommandOption("--threads <N>")]
    [Description("Threads for the phases that run origin by origin (default: every core). Flows are identical for any value.")]
    public int? Threads { get; init; }

    /// <summary>System optimum instead of user equilibrium.</summary>
    [CommandOption("--system-optimum")]
    [Description("Find the system optimum (least total cost) instead of the user equilibrium.")]
    public bool SystemOptimum { get; init; }

    /// <summary>Algorithm.</summary>
    [CommandOption("--method <METHOD>")]
    [Description("algorithm-b (default) or frank-wolfe (a slow baseline, for comparison).")]
    [DefaultValue("algorithm-b")]
    public string Method { get; init; } = "algorithm-b";

    /// <summary>Leave demand without a path out instead of failing.</summary>
    [CommandOption("--skip-unreachable")]
    [Description("Leave out demand between zones that no path joins (listed in the output) instead of stopping with an error.")]
    public bool SkipUnreachable { get; init; }

    /// <summary>Rows of the congested-links table.</summary>
    [CommandOption("--top <N>")]
    [Description("Rows of the most-congested-links table in table output (default 10).")]
    [DefaultValue(10)]
    public int Top { get; init; } = 10;

    /// <summary>True when a TNTP option is given: the TNTP mode.</summary>
    public bool TntpMode => TntpNet is not null || TntpTrips is not null;

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
            return baseResult;
        if (!(Gap >= 0))
            return Spectre.Console.ValidationResult.Error($"--gap must be 0 or more; got {Gap}");
        if (MaxSeconds is { } s && !(s >= 0))
            return Spectre.Console.ValidationResult.Error($"--max-seconds must be 0 or more; got {s}");
        if (MaxIterations < 0)
            return Spectre.Console.ValidationResult.Error($"--max-iterations must be 0 or more; got {MaxIterations}");
        if (Threads is < 1)
            return Spectre.Console.ValidationResult.Error($"--threads must be at least 1; got {Threads}");
        if (Method is not ("algorithm-b" or "frank-wolfe"))
            return Spectre.Console.ValidationResult.Error($"--method must be algorithm-b or frank-wolfe; got '{Method}'");
        return Spectre.Console.ValidationResult.Success();
    }

    /// <summary>The solver options these settings ask for.</summary>
    public AssignmentOptions Options() => new()
    {
        RelativeGap = Gap,
        MaxIterations = MaxIterations,
        TimeLimit = MaxSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
        MaxDegreeOfParallelism = Threads,
        Objective = SystemOptimum ? AssignmentObjective.SystemOptimum : AssignmentObjective.UserEquilibrium,
        Method = Method == "frank-wolfe" ? AssignmentMethod.FrankWolfe : AssignmentMethod.AlgorithmB,
        SkipUnreachableDemand = SkipUnreachable,
    };
}
