using System.Globalization;
using Caravan.Core.Data;
using Caravan.Optimization.Flows;
using Caravan.Questions.Fields;

namespace Caravan.Questions.Flows;

/// <summary>Reads the solver options a flow question and a comparison share: period, commodities, origins, method, backend, time limit.</summary>
internal static class FlowOptionsReader
{
    private static readonly string[] Periods = ["year", "quarter", "month"];
    private static readonly string[] Backends = ["auto", "highs", "glop", "clp", "pdlp"];

    /// <summary>The options, or null with every problem added.</summary>
    public static FlowOptions? Read(FlowFields fields, Dataset dataset, QuestionLimits limits, FieldProblems problems)
    {
        var periodText = (fields.Period ?? "year").Trim().ToLowerInvariant();
        var period = periodText switch
        {
            "year" => Core.Hours.DaysPerYear,
            "quarter" => 91,
            "month" => 30,
            _ when double.TryParse(periodText, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days > 0 && days <= limits.MaxPeriodDays => days,
            _ => double.NaN,
        };
        if (double.IsNaN(period))
        {
            problems.Add("period", string.Create(CultureInfo.InvariantCulture,
                $"must be year, quarter, month or a number of days (more than 0, at most {limits.MaxPeriodDays:0}); got '{fields.Period}'{Suggestions.DidYouMean(periodText, Periods)}"));
        }
        var commodities = Choice.Commodities(dataset, fields.Commodity, "commodity", problems);
        var origins = Choice.KnownList(fields.Origins?.ToUpperInvariant(), [.. dataset.Countries.Select(c => c.Code)], "origins", "country", problems);
        var method = FlowMethodNames.Parse(fields.Method ?? "auto");
        if (method is null)
            problems.Add("method", $"must be {string.Join(", ", FlowMethodNames.All)}; got '{fields.Method}'{Suggestions.DidYouMean(fields.Method!, FlowMethodNames.All)}");
        LpBackend? backend = (fields.Backend ?? "auto").Trim().ToLowerInvariant() switch
        {
            "auto" => LpBackend.Auto,
            "highs" => LpBackend.Highs,
            "glop" => LpBackend.Glop,
            "clp" => LpBackend.Clp,
            "pdlp" => LpBackend.Pdlp,
            _ => null,
        };
        if (backend is null)
            problems.Add("backend", $"must be {string.Join(", ", Backends)}; got '{fields.Backend}'{Suggestions.DidYouMean(fields.Backend!, Backends)}");
        var startDay = fields.StartDay ?? 0;
        if (!(startDay >= 0 && startDay < Core.Hours.DaysPerYear))
            problems.Add("startDay", string.Create(CultureInfo.InvariantCulture, $"must be a day of the year from 0 (1 January) to 364; got {startDay}"));
        if (fields.TimeLimitSeconds is { } limit && !(limit > 0))
            problems.Add("timeLimitSeconds", string.Create(CultureInfo.InvariantCulture, $"must be more than 0 s; got {limit}"));
        if (!problems.IsEmpty)
            return null;
        // A host's run-length limit bounds every solve, so a cancelled or overlong run frees its core.
        var seconds = (fields.TimeLimitSeconds, limits.MaxRunSeconds) switch
        {
            ({ } asked, { } most) => Math.Min(asked, most),
            ({ } asked, null) => asked,
            (null, { } most) => most,
            _ => (double?)null,
        };
        return new FlowOptions
        {
            PeriodDays = period,
            StartDay = startDay,
            Commodities = commodities,
            Origins = origins,
            Solver = new FlowSolverOptions
            {
                Method = method!.Value,
                Backend = backend!.Value,
                TimeLimit = seconds is { } s ? TimeSpan.FromSeconds(s) : null,
            },
        };
    }
}
