using System.Security.Claims;
using Caravan.Core.Data;
using Caravan.Core.Simulation;
using Caravan.Server.Access;
using Caravan.Server.Contracts;
using Caravan.Server.Problems;
using Caravan.Server.Routing;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Caravan.Server.Simulation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caravan.Server.Endpoints;

/// <summary><c>/api/simulations</c>: Monte Carlo runs in the background: start (returns the run id at once), progress, cancel, results.</summary>
public static class SimulationEndpoints
{
    /// <summary>Replications when the request names none.</summary>
    public const int DefaultReplications = 200;

    /// <summary>Longest horizon one replication may simulate, days.</summary>
    public const double MaxHorizonDays = 3650;

    /// <summary>Maps the simulations resource.</summary>
    public static IEndpointRouteBuilder MapSimulations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/simulations").WithTags("Simulations");
        group.MapPost("/", Start).RequireAuthorization(Policies.Analyst).WithSummary("Start a simulation (analyst key); returns the run id at once");
        group.MapRunControls("simulation", "/api/simulations", "Lead times per origin-destination pair, resources, stock-outs and histograms of a finished simulation");
        return app;
    }

    private static async Task<Results<Accepted<RunResponse>, ValidationProblem, ProblemHttpResult>> Start(
        SimulationRequest request, ScenarioBook book, RunLauncher launcher, ServerOptions options,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        var errors = new FieldErrors();
        var replications = request.Replications ?? DefaultReplications;
        if (replications < 1 || replications > options.MaxReplications)
            errors.Add("replications", $"between 1 and {options.MaxReplications}");
        if (request.Seed is < 0)
            errors.Add("seed", "0 or more");
        var horizon = request.HorizonDays ?? 365;
        if (!(horizon > 0 && horizon <= MaxHorizonDays))
            errors.Add("horizonDays", $"more than 0 and at most {MaxHorizonDays} days");
        var warmup = request.WarmupDays ?? Math.Min(30, horizon / 2);
        if (!(warmup >= 0 && warmup < horizon))
            errors.Add("warmupDays", "at least 0 and less than horizonDays");
        if (request.LotTonnes is { } lot && !(lot > 0 && lot <= SimulationOptions.MaxLotTonnes))
            errors.Add("lotTonnes", $"more than 0 and at most {SimulationOptions.MaxLotTonnes:N0}");
        var arrivals = request.Arrivals?.ToLowerInvariant() switch
        {
            null or "poisson" => ArrivalProcess.Poisson,
            "fixed" => ArrivalProcess.Fixed,
            _ => (ArrivalProcess?)null,
        };
        if (arrivals is null)
            errors.Add("arrivals", $"poisson or fixed; got '{request.Arrivals}'");
        var scenarios = RouteQuestion.Scenarios(new RouteParameters { Scenario = request.Scenario });
        var choice = await book.ApplyAsync(scenarios, caller, cancellationToken);
        if (choice.Applied is null)
            errors.Add("scenario", choice.Problem!);
        var commodities = new List<string>();
        foreach (var name in (request.Commodity ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lookup = Lookup.Commodity(choice.Applied?.Dataset ?? book.Dataset, name);
            if (lookup.Match is { } commodity)
                commodities.Add(commodity.Id);
            else
                errors.Add("commodity", lookup.Error!);
        }
        if (!errors.IsEmpty || choice.Applied is not { } applied)
            return errors.ToProblem("Invalid simulation");

        var simulation = new SimulationOptions
        {
            Replications = replications,
            HorizonDays = horizon,
            WarmupDays = warmup,
            Seed = (ulong)(request.Seed ?? 1),
            LotTonnes = request.LotTonnes,
            Commodities = commodities.Count == 0 ? null : commodities,
            Arrivals = arrivals!.Value,
            // Workers share the cores; the thread count never changes the results.
            MaxThreads = Math.Max(1, Environment.ProcessorCount / Math.Max(1, options.Workers)),
        };
        SimulationModel model;
        try
        {
            // Compiling plans each origin-destination route: milliseconds; the replications go to the background.
            model = SimulationModel.Compile(applied, simulation);
        }
        catch (ArgumentException e)
        {
            return errors.Add("scenario", e.Message).ToProblem("Invalid simulation");
        }
        if (model.OdPairCount == 0)
            return errors.Add("commodity", "nothing to simulate: no supply point reaches a demand point of its commodity under these scenarios").ToProblem("Nothing to simulate");
        if (model.WorkProblem() is { } tooMuch)
            return errors.Add(request.LotTonnes is null ? "horizonDays" : "lotTonnes", tooMuch).ToProblem("Invalid simulation");
        var run = await launcher.StartAsync("simulation", caller.Owner!, request, scenarios.Count == 0 ? null : applied.Label, (long)simulation.Seed,
            context => SimulationJob.RunAsync(model, context), cancellationToken);
        return run is null
            ? ApiProblems.Unavailable("the run queue is full; try again later")
            : TypedResults.Accepted($"/api/simulations/{run.Id}", RunResponse.From(run));
    }
}
