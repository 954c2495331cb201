using Caravan.Cli.Conventions;
using Caravan.Cli.Output;
using Caravan.Questions;
using Caravan.Questions.Routes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli.Commands;

/// <summary>
/// <c>caravan route</c>: the best route (or k alternatives, or the Pareto set) for a shipment, with
/// its legs, transfers, borders and totals, under the given scenarios; or the reason there is none (exit code 3).
/// </summary>
public sealed class RouteCommand(IAnsiConsole console) : Command<RouteSettings>
{
    /// <summary>Exit code when the question is valid but no route meets the constraints.</summary>
    public const int NoRouteExitCode = 3;

    /// <inheritdoc />
    public override int Execute(CommandContext context, RouteSettings settings, CancellationToken cancellationToken)
    {
        var dataset = settings.LoadDataset();
        var question = Ask.Question(RouteQuestion.ParseAsync(settings.Fields(), settings.Shelf(dataset), QuestionLimits.Default, cancellationToken, settings.Scenarios),
            "Invalid route question", settings);
        var answer = question.Answer(new RoutePlanners());
        if (settings.Json)
            JsonOutput.Write(console, answer);
        else if (settings.GeoJson)
            JsonOutput.WriteRaw(console, RouteGeoJson.Write(question.Applied.Dataset, answer));
        else
            RouteTable.Write(console, answer);
        return answer.Routes.Count > 0 ? 0 : NoRouteExitCode;
    }
}
