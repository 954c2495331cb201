namespace Caravan.Storage;

/// <summary>A user's scenario as stored: the scenario document is opaque JSON to the store.</summary>
/// <param name="Id">The store's key: the name, or <c>owner/name</c> when another owner's private scenario has the name.</param>
/// <param name="Name">The name users give and see; unique per owner and among shared scenarios.</param>
/// <param name="Owner">The owner of the API key that created it.</param>
/// <param name="Shared">True: every reader sees it; false: only its owner and admins.</param>
/// <param name="Body">The scenario document, JSON.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
public sealed record StoredScenario(
    string Id, string Name, string Owner, bool Shared, string Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
