using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Caravan.Storage;

/// <summary>API keys: issued once in clear, stored as a SHA-256 hash of their 256-bit secret.</summary>
public sealed partial class CaravanStore
{
    private const string TokenPrefix = "cvn_";

    /// <summary>Issues a key for <paramref name="owner"/> with <paramref name="role"/>; the token is returned once and never stored.</summary>
    public async Task<IssuedKey> CreateKeyAsync(string owner, Role role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        // 32 random bytes: a secret too long to guess, so a fast hash is enough to store it.
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = NowMs();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys (id, owner, role, secret_hash, created_ms, revoked_ms) VALUES (@id, @owner, @role, @hash, @now, NULL)",
            new { id, owner, role = role.ToString().ToLowerInvariant(), hash = Hash(secret), now }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new IssuedKey(new ApiKey(id, owner, role, Time(now), null), $"{TokenPrefix}{id}_{secret}");
    }

    /// <summary>The valid (unrevoked) key this bearer token belongs to, or null for any wrong or malformed token.</summary>
    public async Task<ApiKey?> VerifyKeyAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal))
            return null;
        var parts = token[TokenPrefix.Length..].Split('_', 2);
        if (parts.Length != 2 || parts[0].Length != 12 || parts[1].Length == 0)
            return null;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
            "SELECT id, owner, role, secret_hash, created_ms, revoked_ms FROM api_keys WHERE id = @id",
            new { id = parts[0] }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null || row.RevokedMs is not null)
            return null;
        var given = Encoding.ASCII.GetBytes(Hash(parts[1]));
        return CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(row.SecretHash)) ? row.ToRecord() : null;
    }

    /// <summary>Every key, valid or revoked, oldest first.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<KeyRow>(new CommandDefinition(
            "SELECT id, owner, role, secret_hash, created_ms, revoked_ms FROM api_keys ORDER BY created_ms, id", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>Revokes a key; false when there is no such valid key.</summary>
    public async Task<bool> RevokeKeyAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_ms = @now WHERE id = @id AND revoked_ms IS NULL",
            new { id, now = NowMs() }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private sealed class KeyRow
    {
        public string Id { get; set; } = "";
        public string Owner { get; set; } = "";
        public string Role { get; set; } = "";
        public string SecretHash { get; set; } = "";
        public long CreatedMs { get; set; }
        public long? RevokedMs { get; set; }

        public ApiKey ToRecord() => new(Id, Owner, Enum.Parse<Role>(Role, ignoreCase: true), Time(CreatedMs), Time(RevokedMs));
    }
}
