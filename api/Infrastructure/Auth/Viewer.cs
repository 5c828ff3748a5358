using System.Security.Claims;

namespace OneStop.Api.Infrastructure.Auth;

/// <summary>
/// Who is asking, and which part of the organisation tree they may read. Built from the claims that
/// <see cref="AppUserClaimsFactory"/> adds at sign-in, so no database read is needed per request.
/// </summary>
public sealed class Viewer
{
    public const string UnitIdClaim = "onestop:unit_id";
    public const string UnitPathClaim = "onestop:unit_path";
    public const string FullNameClaim = "onestop:full_name";

    public static readonly Viewer Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()));

    public Viewer(ClaimsPrincipal principal)
    {
        Principal = principal;
        IsAuthenticated = principal.Identity?.IsAuthenticated == true;
        UserId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        UnitId = int.TryParse(principal.FindFirstValue(UnitIdClaim), System.Globalization.CultureInfo.InvariantCulture, out var u) ? u : null;
        UnitPath = principal.FindFirstValue(UnitPathClaim);
        IsProvinceWide = IsAuthenticated && Roles.ProvinceWide.Any(principal.IsInRole);
    }

    public ClaimsPrincipal Principal { get; }
    public bool IsAuthenticated { get; }
    public string? UserId { get; }
    public int? UnitId { get; }

    /// <summary>Materialised path of the viewer's unit (e.g. <c>/1/4/</c>); a unit is visible when its path starts with it.</summary>
    public string? UnitPath { get; }

    /// <summary>Admins, inspectors and analysts read the whole province.</summary>
    public bool IsProvinceWide { get; }

    public bool IsInRole(string role) => Principal.IsInRole(role);

    /// <summary>Whether personal data (ID numbers, phones) is shown in clear; analysts see it masked.</summary>
    public bool SeesPersonalData => IsAuthenticated && (IsInRole(Roles.Admin) || !IsInRole(Roles.Analyst));

    public bool CanSeeUnitPath(string unitPath) =>
        IsProvinceWide || (UnitPath is not null && unitPath.StartsWith(UnitPath, StringComparison.Ordinal));
}
