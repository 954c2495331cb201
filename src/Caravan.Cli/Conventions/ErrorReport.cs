using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Core.Data;
using Caravan.Questions.Contracts;
using Caravan.Questions.Fields;
using Spectre.Console.Cli;

namespace Caravan.Cli.Conventions;

/// <summary>
/// How the command line reports a failure: on standard error, never wrapped, never a stack trace —
/// one line per problem, or with <c>--format json</c> one RFC 7807-shaped problem object — and the
/// documented exit code.
/// </summary>
internal static class ErrorReport
{
    /// <summary>Bad input: an unknown id, an invalid dataset, a field out of range.</summary>
    public const int InputExitCode = 1;

    /// <summary>A usage error: an unknown command or option, a missing or malformed option.</summary>
    public const int UsageExitCode = 2;

    /// <summary>A defect in Caravan itself (please report it): EX_SOFTWARE of sysexits.h.</summary>
    public const int InternalExitCode = 70;

    /// <summary>Writes <paramref name="exception"/> to <paramref name="error"/> for the command line <paramref name="args"/>; returns the exit code.</summary>
    public static int Write(Exception exception, string[] args, TextWriter error, IReadOnlyList<string> commands)
    {
        var (title, exitCode, detail) = exception switch
        {
            CaravanException e => (e.Problems.Count > 0 ? e.Message : "Error", e.ExitCode, e.Problems.Count > 0 ? null : e.Message),
            CommandAppException e => ("Usage error", UsageExitCode, WithSuggestion(e.Message, commands)),
            _ => ("Internal error", InternalExitCode, $"unexpected error: {exception.Message}"),
        };
        var options = exception is CaravanException { Problems.Count: > 0 } ce ? Options(ce.Settings) : new Dictionary<string, string>();
        var problems = exception is CaravanException c2 ? c2.Problems : [];
        if (WantsJson(args))
        {
            var errors = new JsonObject();
            foreach (var group in problems.GroupBy(p => Option(p.Field, options)))
                errors[group.Key] = new JsonArray([.. group.Select(p => (JsonNode)p.Message)]);
            var body = new JsonObject
            {
                ["type"] = "about:blank",
                ["title"] = title,
                ["status"] = exitCode == InternalExitCode ? 500 : 400,
                ["detail"] = detail ?? string.Join("; ", problems.Select(p => Line(p, options))),
                ["exitCode"] = exitCode,
            };
            if (problems.Count > 0)
                body["errors"] = errors;
            error.Write(body.ToJsonString(ContractJson.Indented) + "\n");
        }
        else if (problems.Count > 0)
        {
            foreach (var problem in problems)
                error.Write("error: " + Line(problem, options) + "\n");
        }
        else
        {
            error.Write("error: " + detail + "\n");
        }
        error.Flush();
        return exitCode;
    }

    /// <summary>True when the command line asks for JSON output (<c>--format json</c> or <c>--format=json</c>).</summary>
    public static bool WantsJson(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].Equals("--format=json", StringComparison.OrdinalIgnoreCase)
                || (args[i] == "--format" && i + 1 < args.Length && args[i + 1].Equals("json", StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    // "--runs must be at least 1" reads as a sentence; "--scenario: unknown scenario 'x'" needs the colon.
    private static string Line(FieldProblem problem, IReadOnlyDictionary<string, string> options)
    {
        var option = Option(problem.Field, options);
        return problem.Message.StartsWith("must ", StringComparison.Ordinal) || problem.Message.StartsWith("needs ", StringComparison.Ordinal)
            || problem.Message.StartsWith("is ", StringComparison.Ordinal) || problem.Message.StartsWith("asks ", StringComparison.Ordinal)
            ? $"{option} {problem.Message}"
            : $"{option}: {problem.Message}";
    }

    // A field as the user typed it: scenarios[1] is the second --scenario.
    private static string Option(string field, IReadOnlyDictionary<string, string> options)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var name = bracket > 0 ? field[..bracket] : field;
        // A list field of the API (scenarios, the sets of a comparison) is the repeated option (--scenario).
        if (!options.TryGetValue(name, out var option) && !(name.EndsWith('s') && options.TryGetValue(name[..^1], out option)))
            return field;
        return bracket > 0 && int.TryParse(field[(bracket + 1)..^1], out var i) ? $"{option} #{i + 1}" : option;
    }

    /// <summary>Field name → <c>--option</c> for the options of <paramref name="settings"/>.</summary>
    internal static IReadOnlyDictionary<string, string> Options(Type? settings)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (settings is null)
            return map;
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option || option.LongNames.Count == 0)
                continue;
            var field = property.GetCustomAttribute<FieldAttribute>()?.Name ?? char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            map[field] = "--" + option.LongNames[0];
        }
        return map;
    }

    // Spectre says "Unknown option 'scenarios'." or "Unknown command 'rout'."; add the closest names.
    private static string WithSuggestion(string message, IReadOnlyList<string> commands)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        if (start < 0 || end <= start)
            return message;
        var name = message[(start + 1)..end];
        var candidates = message.StartsWith("Unknown option", StringComparison.Ordinal)
            ? AllOptions().Select(o => o[2..])
            : message.StartsWith("Unknown command", StringComparison.Ordinal) ? commands : [];
        var close = Suggestions.Closest(name, candidates);
        var prefix = message.StartsWith("Unknown option", StringComparison.Ordinal) ? "--" : "";
        return close.Count == 0 ? message : $"{message.TrimEnd('.')} (did you mean {string.Join(" or ", close.Select(c => $"'{prefix}{c}'"))}?)";
    }

    private static IEnumerable<string> AllOptions() =>
        typeof(ErrorReport).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => Options(t).Values)
            .Distinct(StringComparer.Ordinal);
}
