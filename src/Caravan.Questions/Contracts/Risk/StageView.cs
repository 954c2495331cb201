namespace Caravan.Questions.Contracts;

/// <summary>One supply stage of a mineral: production shares, world SR and the importer's.</summary>
/// <param name="Stage">extraction or processing.</param>
/// <param name="Year">Data year.</param>
/// <param name="Edition">Source edition.</param>
/// <param name="Unit">Unit of the quantities.</param>
/// <param name="Production">World production shares.</param>
/// <param name="Global">SR of world supply.</param>
/// <param name="Sourcing">The importer's sourcing mix.</param>
/// <param name="Importer">SR of the importer's sourcing.</param>
public sealed record StageView(string Stage, int? Year, string? Edition, string? Unit, SharesView? Production, StageRiskView Global, SourcingView? Sourcing, StageRiskView? Importer);
