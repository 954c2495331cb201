namespace Caravan.Cli;

/// <summary>A user error: bad input, unknown id, invalid dataset. Printed as one line, never as a stack trace.</summary>
public sealed class CaravanException : Exception
{
    /// <summary>Creates the error with its message and exit code (1 by default).</summary>
    public CaravanException(string message, int exitCode = 1)
        : base(message) => ExitCode = exitCode;

    /// <summary>Creates the error with exit code 1.</summary>
    public CaravanException()
        : this("error") { }

    /// <summary>Creates the error with exit code 1 and an inner exception.</summary>
    public CaravanException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = 1;

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}
