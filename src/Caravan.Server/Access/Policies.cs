using Caravan.Storage;
using Microsoft.AspNetCore.Authorization;

namespace Caravan.Server.Access;

/// <summary>The authorization policies endpoints name: read, analyst (write and start work), admin.</summary>
public static class Policies
{
    /// <summary>Reading: open to all when reads are open, else any valid key. A bad key is refused either way.</summary>
    public const string Read = "read";

    /// <summary>Creating scenarios and starting runs.</summary>
    public const string Analyst = "analyst";

    /// <summary>Everything, including other users' private scenarios.</summary>
    public const string Admin = "admin";

    /// <summary>The role claim value for <paramref name="role"/>.</summary>
    public static string RoleName(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>Registers the policies.</summary>
    public static void Add(AuthorizationOptions builder, bool openReads)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddPolicy(Read, p => p.RequireAssertion(context =>
            !PresentedBadKey(context) && (openReads || context.User.IsInRole(RoleName(Role.Viewer)))));
        builder.AddPolicy(Analyst, p => p.RequireRole(RoleName(Role.Analyst)));
        builder.AddPolicy(Admin, p => p.RequireRole(RoleName(Role.Admin)));
    }

    // A request that carries an Authorization header but did not authenticate has a wrong or revoked key.
    private static bool PresentedBadKey(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
        && http.Request.Headers.Authorization.Count > 0
        && context.User.Identity?.IsAuthenticated != true;
}
