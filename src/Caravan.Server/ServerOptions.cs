using Caravan.Core.Data;
using Caravan.Questions;
using Microsoft.Extensions.Configuration;

namespace Caravan.Server;

/// <summary>The server's settings, read from the <c>Caravan</c> configuration section (command line, environment, tests).</summary>
public sealed record ServerOptions
{
    /// <summary>The configuration section holding these settings.</summary>
    public const string Section = "Caravan";

    /// <summary>A dataset folder; null = the built-in Eurasia dataset.</summary>
    public string? Data { get; init; }

    /// <summary>Where the dataset's tables and companion files are read from.</summary>
    public IDatasetSource DatasetSource() => Data is null ? new BuiltInSource() : new FolderSource(Data);

    /// <summary>Database connection string or SQLite path; null = <c>CARAVAN_DB</c>, else the default SQLite file.</summary>
    public string? Database { get; init; }

    /// <summary>True: reading needs no key. Writing and starting work always need one.</summary>
    public bool OpenReads { get; init; } = true;

    /// <summary>Largest request body accepted, bytes (1 MiB).</summary>
    public long MaxRequestBytes { get; init; } = 1 << 20;

    /// <summary>Longest a background run may take before it is stopped and marked failed, seconds.</summary>
    public double MaxRunSeconds { get; init; } = 600;

    /// <summary>Most Monte Carlo replications one simulation may ask for.</summary>
    public int MaxReplications { get; init; } = 100_000;

    /// <summary>Runs executed at the same time; the rest wait in the queue.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Runs that may wait in the queue before new ones are refused with 503.</summary>
    public int MaxQueuedRuns { get; init; } = 64;

    /// <summary>The limits every question answered here is held to: the command line's, with this server's run length and replications.</summary>
    public QuestionLimits Limits() => QuestionLimits.Default with { MaxRunSeconds = MaxRunSeconds, MaxReplications = MaxReplications };

    /// <summary>Reads the settings from <paramref name="configuration"/>, defaults where absent.</summary>
    public static ServerOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var defaults = new ServerOptions();
        return new ServerOptions
        {
            Data = section["Data"] is { Length: > 0 } data ? data : null,
            Database = section["Database"] is { Length: > 0 } db ? db : null,
            OpenReads = section.GetValue("OpenReads", defaults.OpenReads),
            MaxRequestBytes = section.GetValue("MaxRequestBytes", defaults.MaxRequestBytes),
            MaxRunSeconds = section.GetValue("MaxRunSeconds", defaults.MaxRunSeconds),
            MaxReplications = section.GetValue("MaxReplications", defaults.MaxReplications),
            Workers = section.GetValue("Workers", defaults.Workers),
            MaxQueuedRuns = section.GetValue("MaxQueuedRuns", defaults.MaxQueuedRuns),
        };
    }
}
