using System.Security.Claims;
using System.Text.Encodings.Web;
using Caravan.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Caravan.Server.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer cvn_…</c> against the stored, hashed API keys; answers
/// refusals as RFC 7807 problems (401 with <c>WWW-Authenticate: Bearer</c>, 403).
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CaravanStore store, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
            return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("expected 'Authorization: Bearer <api key>'");
        var key = await store.VerifyKeyAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (key is null)
            return AuthenticateResult.Fail("unknown or revoked API key");
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, key.Id), new(ClaimTypes.Name, key.Owner) };
        // A role includes those below it, so a policy can ask for one role name.
        foreach (var role in Enum.GetValues<Role>().Where(r => r <= key.Role))
            claims.Add(new Claim(ClaimTypes.Role, Policies.RoleName(role)));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var hadKey = Request.Headers.Authorization.Count > 0;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "API key required",
                Detail = hadKey
                    ? "the API key in 'Authorization' is unknown, revoked or malformed"
                    : "send 'Authorization: Bearer <api key>'; create a key with 'caravan keys create --role analyst'",
            },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Role too low",
                Detail = $"this needs a key with a higher role than '{Caller.Of(Context.User).Role?.ToString().ToLowerInvariant()}'",
            },
        });
    }
}
