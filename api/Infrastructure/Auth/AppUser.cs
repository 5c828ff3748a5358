using Microsoft.AspNetCore.Identity;

namespace OneStop.Api.Infrastructure.Auth;

/// <summary>A signed-in person: an officer of one organisational unit, or a province-wide role.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>The unit the officer belongs to; its subtree bounds what the officer may read.</summary>
    public int? UnitId { get; set; }
}
