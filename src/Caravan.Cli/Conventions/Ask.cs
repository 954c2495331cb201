using Caravan.Questions.Fields;
using Spectre.Console.Cli;

namespace Caravan.Cli.Conventions;

/// <summary>How a command takes a question: the parsed question, or a user error listing every field problem.</summary>
internal static class Ask
{
    /// <summary>
    /// The question <paramref name="parsing"/> read, or a <see cref="CaravanException"/> titled <paramref name="title"/>
    /// with every problem under the options of <paramref name="settings"/>.
    /// </summary>
    public static T Question<T>(Task<Parsed<T>> parsing, string title, CommandSettings settings)
        where T : class => Question(parsing.GetAwaiter().GetResult(), title, settings);

    /// <summary>The question, or a <see cref="CaravanException"/> titled <paramref name="title"/> with every problem.</summary>
    public static T Question<T>(Parsed<T> parsed, string title, CommandSettings settings)
        where T : class => parsed.Question ?? throw new CaravanException(title, parsed.Problems, settings.GetType());
}
