namespace Caravan.Storage;

/// <summary>A key just created: the only moment its bearer token is known in clear.</summary>
/// <param name="Key">The stored key.</param>
/// <param name="Token">The bearer token to hand to the user (<c>cvn_{id}_{secret}</c>).</param>
public sealed record IssuedKey(ApiKey Key, string Token);
