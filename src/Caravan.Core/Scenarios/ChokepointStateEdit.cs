using Caravan.Core.Data;
using Caravan.Core.Network;

namespace Caravan.Core.Scenarios;

/// <summary>
/// Sets chokepoints open, disrupted or closed, with a war-risk premium per transit (share of cargo
/// value). Closed removes every link through them for the whole horizon; a premium is charged on every
/// link that still passes them.
/// </summary>
public sealed record ChokepointStateEdit : ScenarioEdit
{
    /// <summary>The chokepoints.</summary>
    public IReadOnlyList<ScenarioRef> Chokepoints { get; init; } = [];

    /// <summary>Their new state.</summary>
    public required ChokepointState State { get; init; }

    /// <summary>War-risk premium per transit, share of cargo value; null keeps each chokepoint's own.</summary>
    public double? WarRiskPremium { get; init; }

    /// <inheritdoc />
    public override string Type => "chokepoint_state";

    /// <inheritdoc />
    public override string Describe() =>
        $"set chokepoints {List(Chokepoints)} {SnakeCase.Name(State)}{(WarRiskPremium is { } p ? $", war-risk premium {p:0.###%} of cargo value per transit" : "")}";

    internal override void Check(ScenarioCheck check) => check.Chokepoints(Chokepoints);

    internal override void Apply(ScenarioWorkspace workspace)
    {
        foreach (var id in Chokepoints.Select(c => c.Id))
        {
            workspace.EditChokepoint(id, c => c with { State = State, WarRiskPremium = WarRiskPremium ?? c.WarRiskPremium });
            if (State == ChokepointState.Closed)
            {
                foreach (var link in workspace.LinksPassing(id).ToList())
                    workspace.CloseLink(link, null);
            }
        }
    }
}
