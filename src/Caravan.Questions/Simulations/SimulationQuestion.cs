using System.Globalization;
using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Core.Simulation;
using Caravan.Questions.Fields;
using Caravan.Questions.Scenarios;

namespace Caravan.Questions.Simulations;

/// <summary>
/// A simulation, read, checked and compiled: one model (the scenarios composed), or with
/// <c>compare</c> the baseline first and each scenario alone, all on the same random numbers.
/// </summary>
/// <param name="Models">The compiled models; the first is the baseline of a comparison.</param>
/// <param name="Compare">True when the models are to be compared.</param>
public sealed record SimulationQuestion(IReadOnlyList<SimulationModel> Models, bool Compare)
{
    /// <summary>Replications when the question names none.</summary>
    public const int DefaultReplications = 200;

    /// <summary>Warm-up when the question names none, days (half the horizon when that is shorter).</summary>
    public const double DefaultWarmupDays = 30;

    /// <summary>
    /// Reads <paramref name="fields"/> (scenarios: <paramref name="scenarios"/> when given, else
    /// <see cref="SimulationFields.Scenario"/> split at commas) and compiles the models: each scenario's
    /// background freight is assigned and its flow plan solved (<see cref="FlowReleasePlan"/>, seconds),
    /// and the lots follow the plan's paths; every problem, each on its field.
    /// <paramref name="maxThreads"/> and <paramref name="traceQueues"/> are the host's: they never change results.
    /// </summary>
    public static async Task<Parsed<SimulationQuestion>> ParseAsync(
        SimulationFields fields, IScenarioShelf shelf, QuestionLimits limits, CancellationToken cancellationToken,
        IReadOnlyList<string>? scenarios = null, int? maxThreads = null, bool traceQueues = false)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new FieldProblems();
        var replications = fields.Replications ?? DefaultReplications;
        if (replications < 1 || replications > limits.MaxReplications)
            problems.Add("replications", string.Create(CultureInfo.InvariantCulture, $"must be at least 1 and at most {limits.MaxReplications:N0}; got {replications}"));
        if (fields.Seed is < 0)
            problems.Add("seed", $"must be 0 or more; got {fields.Seed}");
        var horizon = fields.HorizonDays ?? Core.Hours.DaysPerYear;
        if (!(horizon > 0 && horizon <= limits.MaxHorizonDays))
            problems.Add("horizonDays", string.Create(CultureInfo.InvariantCulture, $"must be more than 0 and at most {limits.MaxHorizonDays:0} days; got {horizon}"));
        var warmup = fields.WarmupDays ?? Math.Min(DefaultWarmupDays, horizon / 2);
        if (!(warmup >= 0 && warmup < horizon))
            problems.Add("warmupDays", string.Create(CultureInfo.InvariantCulture, $"must be at least 0 and less than the horizon ({horizon} days); got {warmup}"));
        if (fields.LotTonnes is { } lot && !(lot > 0 && lot <= SimulationOptions.MaxLotTonnes))
            problems.Add("lotTonnes", string.Create(CultureInfo.InvariantCulture, $"must be more than 0 and at most {SimulationOptions.MaxLotTonnes:N0} t; got {lot}"));
        ArrivalProcess? arrivals = fields.Arrivals?.Trim().ToLowerInvariant() switch
        {
            null or "" or "poisson" => ArrivalProcess.Poisson,
            "fixed" => ArrivalProcess.Fixed,
            _ => null,
        };
        if (arrivals is null)
            problems.Add("arrivals", $"must be poisson or fixed; got '{fields.Arrivals}'{Suggestions.DidYouMean(fields.Arrivals!, ["poisson", "fixed"])}");
        var names = scenarios ?? TextList.Split(fields.Scenario);
        var compare = fields.Compare == true;
        var sets = compare
            ? [[], .. names.Where(n => !Scenario.IsBaseline(n)).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (IReadOnlyList<string>)[n])]
            : new List<IReadOnlyList<string>> { names };
        var applied = new List<AppliedScenario>();
        foreach (var set in sets)
        {
            var pick = await shelf.ApplyAsync(set, cancellationToken);
            foreach (var problem in pick.Problems)
                problems.Add("scenario", problem);
            if (pick.Applied is { } a)
                applied.Add(a);
        }
        var dataset = applied.FirstOrDefault()?.Dataset ?? shelf.Dataset;
        var commodities = Choice.Commodities(dataset, fields.Commodity, "commodity", problems);
        var origins = Choice.KnownList(fields.Origins?.ToUpperInvariant(), [.. dataset.Countries.Select(c => c.Code)], "origins", "country", problems);
        if (!problems.IsEmpty)
            return Parsed<SimulationQuestion>.Failed(problems);
        var options = new SimulationOptions
        {
            Replications = replications,
            HorizonDays = horizon,
            WarmupDays = warmup,
            Seed = (ulong)(fields.Seed ?? 1),
            LotTonnes = fields.LotTonnes,
            Commodities = commodities.Count == 0 ? null : commodities,
            Arrivals = arrivals!.Value,
            MaxThreads = maxThreads,
            TraceQueues = traceQueues,
        };
        var models = new List<SimulationModel>();
        foreach (var a in applied)
        {
            try
            {
                // Lots move what the flow plan moves: the same scenario's flow solution, as paths.
                var (plan, planProblem) = await Task.Run(() => FlowReleasePlan.Of(a, commodities, origins, cancellationToken), cancellationToken);
                if (planProblem is not null)
                {
                    problems.Add("scenario", $"scenario '{a.Label}': {planProblem}");
                    continue;
                }
                models.Add(SimulationModel.Compile(a, options, baseline: models.FirstOrDefault(), plan: plan));
            }
            catch (ArgumentException e)
            {
                problems.Add("scenario", $"scenario '{a.Label}': {e.Message}");
            }
        }
        if (problems.IsEmpty && models.All(m => m.OdPairCount == 0))
            problems.Add("commodity", "nothing to simulate: no supply point reaches a demand point of its commodity under these scenarios");
        // A model that would release more lots than a replication may hold is refused before it runs, naming the lot size that fits.
        if (problems.IsEmpty && models.Select(m => m.WorkProblem()).FirstOrDefault(p => p is not null) is { } tooMuch)
            problems.Add(fields.LotTonnes is null ? "horizonDays" : "lotTonnes", tooMuch);
        return problems.IsEmpty ? Parsed<SimulationQuestion>.Of(new SimulationQuestion(models, compare)) : Parsed<SimulationQuestion>.Failed(problems);
    }

    /// <summary>Replications of every model together, for progress.</summary>
    public int TotalReplications => Models.Sum(m => m.Options.Replications);

    /// <summary>
    /// Runs the models in order; <paramref name="progress"/> hears replications done over all models
    /// (reports can come from worker threads, out of order); stops between batches when cancelled.
    /// </summary>
    public IReadOnlyList<SimulationRun> Run(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var runs = new List<SimulationRun>();
        var before = 0;
        foreach (var model in Models)
        {
            var offset = before;
            runs.Add(MonteCarlo.Run(model, progress is null ? null : new ProgressRelay(done => progress.Report(offset + done)), cancellationToken: cancellationToken));
            before += model.Options.Replications;
        }
        return runs;
    }
}
