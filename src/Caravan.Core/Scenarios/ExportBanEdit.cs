namespace Caravan.Core.Scenarios;

/// <summary>
/// Bans exports of a commodity from countries: supply there may only serve demand in the same
/// country. Supply rows in a banned country with no demand for the commodity at home are dropped;
/// otherwise the ban is recorded (<see cref="AppliedScenario.ExportBans"/>) and no arc leaving the
/// country may carry the commodity.
/// </summary>
public sealed record ExportBanEdit : ScenarioEdit
{
    /// <summary>The banned commodity.</summary>
    public required ScenarioRef Commodity { get; init; }

    /// <summary>The banning countries.</summary>
    public IReadOnlyList<ScenarioRef> Countries { get; init; } = [];

    /// <inheritdoc />
    public override string Type => "export_ban";

    /// <inheritdoc />
    public override string Describe() => $"ban exports of {Commodity.Id} from {List(Countries)}";

    internal override void Check(ScenarioCheck check)
    {
        check.Commodity(Commodity);
        check.Countries(Countries);
    }

    internal override void Apply(ScenarioWorkspace workspace)
    {
        foreach (var country in Countries)
            workspace.BanExport(Commodity.Id, country.Id);
    }
}
