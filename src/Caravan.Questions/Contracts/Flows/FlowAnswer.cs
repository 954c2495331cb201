using Caravan.Optimization.Flows;

namespace Caravan.Questions.Contracts;

/// <summary>
/// A flow report (<c>caravan flow --format json</c>, the results of a flow run): the contract fields
/// <c>status, totalCostUsd, unmetTonnes, flows, bottlenecks</c>, then their context. Money is US$ over
/// the period, tonnes over the period.
/// </summary>
/// <param name="Status">optimal, time_limit, infeasible, unbounded, unbalanced, error or cancelled.</param>
/// <param name="TotalCostUsd">Generalised cost of the flow over the period, US$; null without a flow.</param>
/// <param name="UnmetTonnes">Demand not delivered, t.</param>
/// <param name="Flows">Tonnes per link, direction and commodity, largest first.</param>
/// <param name="Bottlenecks">Binding capacities, most valuable first.</param>
/// <param name="Scenario">The scenarios applied, joined with '+'; "baseline" for none.</param>
/// <param name="PeriodDays">The period, days.</param>
/// <param name="StartDay">First day of the period (0 = 1 January).</param>
/// <param name="Solver">The solver and method used.</param>
/// <param name="SolveSeconds">Solve time, s.</param>
/// <param name="Message">What the solver said beyond the status.</param>
/// <param name="DemandTonnes">Demand over the period, t.</param>
/// <param name="Cost">The total split by cause, US$.</param>
/// <param name="Demand">Per customer and commodity.</param>
/// <param name="Corridors">Tonnes by corridor (mode and countries crossed).</param>
/// <param name="Sources">Per supply node and commodity: available (after export quotas) and shipped, t.</param>
/// <param name="Notes">What trade rules did: rules that barred arcs, quotas that capped supply.</param>
public sealed record FlowAnswer(
    FlowStatus Status, double? TotalCostUsd, double UnmetTonnes, IReadOnlyList<FlowView> Flows, IReadOnlyList<BottleneckView> Bottlenecks,
    string Scenario, double PeriodDays, double StartDay, string Solver, double SolveSeconds, string Message, double DemandTonnes, CostView Cost,
    IReadOnlyList<DemandView> Demand, IReadOnlyDictionary<string, double> Corridors, IReadOnlyList<SourceView> Sources, IReadOnlyList<string> Notes)
{
    /// <summary>The contract of <paramref name="r"/>.</summary>
    public static FlowAnswer Of(FlowReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Status, Rounded.Usd((double?)r.TotalCostUsd), Rounded.Tonnes(r.UnmetTonnes),
            [.. r.Flows.Select(f => new FlowView(f.Link, f.Commodity, Rounded.Tonnes(f.Tonnes), Rounded.Share(f.Utilisation), f.Direction, f.From, f.To, f.Corridor))],
            [.. r.Bottlenecks.Select(BottleneckView.Of)],
            r.Scenario, r.PeriodDays, r.StartDay, r.Solver, Rounded.Seconds(r.SolveSeconds), r.Message, Rounded.Tonnes(r.DemandTonnes),
            new CostView(Rounded.Usd(r.Cost.FreightUsd), Rounded.Usd(r.Cost.HandlingUsd), Rounded.Usd(r.Cost.TimeUsd), Rounded.Usd(r.Cost.Co2Usd),
                Rounded.Usd(r.Cost.RiskUsd), Rounded.Usd(r.Cost.PenaltyUsd)),
            [.. r.Demand.Select(d => new DemandView(d.Node, d.Commodity, Rounded.Tonnes(d.DemandTonnes), Rounded.Tonnes(d.UnmetTonnes)))],
            r.CorridorTonnes.ToDictionary(c => c.Key, c => Rounded.Tonnes(c.Value), StringComparer.Ordinal),
            [.. r.Sources.Select(x => new SourceView(x.Node, x.Country, x.Commodity, Rounded.Tonnes(x.AvailableTonnes), Rounded.Tonnes(x.ShippedTonnes)))],
            r.Notes);
    }
}
