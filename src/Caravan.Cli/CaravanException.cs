using Caravan.Questions.Fields;

namespace Caravan.Cli;

/// <summary>A user error: bad input, unknown id, invalid dataset. Printed on standard error, never as a stack trace.</summary>
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

    /// <summary>
    /// A question that did not read: <paramref name="title"/> and every problem of its fields, reported
    /// under the options of <paramref name="settings"/> that fill them.
    /// </summary>
    public CaravanException(string title, IReadOnlyList<FieldProblem> problems, Type settings)
        : base(title)
    {
        ExitCode = 1;
        Problems = problems;
        Settings = settings;
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }

    /// <summary>The field problems of a question, named as the API names them; empty for other errors.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; } = [];

    /// <summary>The settings type whose options fill the question's fields; null for other errors.</summary>
    public Type? Settings { get; }
}
