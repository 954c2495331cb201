namespace Caravan.Storage;

/// <summary>A stored API key: who holds it and what it may do. The secret itself is never stored, only its hash.</summary>
/// <param name="Id">Public part of the token, used to find the key.</param>
/// <param name="Owner">The user it belongs to; scenarios and runs it creates carry this name.</param>
/// <param name="Role">What it may do.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="RevokedAt">When it was revoked; null while valid.</param>
public sealed record ApiKey(string Id, string Owner, Role Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
