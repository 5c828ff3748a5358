using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Infrastructure.Auth;

/// <summary>Adds the unit scope and the display name to the sign-in principal (cookie and bearer token alike).</summary>
public sealed class AppUserClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, OneStopDb db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Viewer.FullNameClaim, user.FullName));
        if (user.UnitId is { } unitId)
        {
            var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync();
            identity.AddClaim(new Claim(Viewer.UnitIdClaim, unitId.ToString(CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(Viewer.UnitPathClaim, path));
        }
        return identity;
    }
}
