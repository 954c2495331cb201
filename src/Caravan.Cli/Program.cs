using Caravan.Cli;
using Spectre.Console;

// Answers on standard output, errors on standard error. Piped output is never wrapped at a
// terminal's width: a pipe has none, and a wrapped line would break what reads it.
var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
if (Console.IsOutputRedirected)
    output.Profile.Width = Unwrapped;
if (Console.IsErrorRedirected)
    errors.Profile.Width = Unwrapped;
return CaravanApp.Run(args, output, errors);

internal static partial class Program
{
    // Wide enough that no table or line of Caravan's wraps.
    private const int Unwrapped = 4096;
}
