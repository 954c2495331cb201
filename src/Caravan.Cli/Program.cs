using Caravan.Cli;
using Spectre.Console;

return CaravanApp.Run(args, AnsiConsole.Console);
