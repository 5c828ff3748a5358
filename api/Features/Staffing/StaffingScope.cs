using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// Row-level scoping of staffing data (DOMAIN.md §11.1): an office or a person is visible when its unit is in the
/// viewer's subtree (<see cref="UnitQueries.VisibleTo"/>); admins, inspectors and analysts see the province.
/// </summary>
public static class StaffingScope
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static IQueryable<Office> Offices(OneStopDb db, Viewer viewer)
    {
        if (viewer.IsProvinceWide) return db.Offices;
        var units = UnitQueries.VisibleTo(db.Units, viewer);
        return db.Offices.Where(o => units.Any(u => u.Id == o.UnitId));
    }

    public static IQueryable<Person> People(OneStopDb db, Viewer viewer)
    {
        if (viewer.IsProvinceWide) return db.People;
        var units = UnitQueries.VisibleTo(db.Units, viewer);
        return db.People.Where(p => units.Any(u => u.Id == p.UnitId));
    }

    /// <summary>A unit by code and its subtree, or null when the viewer may not see it.</summary>
    public static Task<Unit?> VisibleUnitAsync(OneStopDb db, Viewer viewer, string code, CancellationToken ct) =>
        UnitQueries.VisibleTo(db.Units.AsNoTracking(), viewer).SingleOrDefaultAsync(u => u.Code == code, ct);

    /// <summary>Today in Vietnam (UTC+7): the default <c>asOf</c>.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Vietnam).DateTime);
}
