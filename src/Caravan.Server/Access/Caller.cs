using System.Security.Claims;
using Caravan.Storage;

namespace Caravan.Server.Access;

/// <summary>Who is calling, as far as access rules care: the key's owner and role, or an anonymous reader.</summary>
/// <param name="Owner">The key's owner; null when anonymous.</param>
/// <param name="Role">The key's role; null when anonymous.</param>
public sealed record Caller(string? Owner, Role? Role)
{
    /// <summary>The caller of the current request.</summary>
    public static Caller Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
            return new Caller(null, null);
        var role = user.IsInRole(Policies.RoleName(Storage.Role.Admin)) ? Storage.Role.Admin
            : user.IsInRole(Policies.RoleName(Storage.Role.Analyst)) ? Storage.Role.Analyst
            : Storage.Role.Viewer;
        return new Caller(user.Identity.Name, role);
    }

    /// <summary>True for admins.</summary>
    public bool IsAdmin => Role == Storage.Role.Admin;

    /// <summary>True when the caller may read <paramref name="scenario"/>.</summary>
    public bool MayRead(StoredScenario scenario) => scenario.Shared || MayChange(scenario);

    /// <summary>True when the caller may change or delete <paramref name="scenario"/>: its owner, or an admin.</summary>
    public bool MayChange(StoredScenario scenario) => IsAdmin || (Owner is not null && scenario.Owner == Owner);

    /// <summary>True when the caller may read <paramref name="run"/>: a run that used a private scenario only its owner or an admin.</summary>
    public bool MayRead(StoredRun run) => !run.Private || MayCancel(run);

    /// <summary>True when the caller may cancel <paramref name="run"/>: who started it, or an admin.</summary>
    public bool MayCancel(StoredRun run) => IsAdmin || (Owner is not null && run.Owner == Owner);
}
