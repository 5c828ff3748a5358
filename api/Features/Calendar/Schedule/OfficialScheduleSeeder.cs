using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Calendar;

/// <summary>
/// Reference data for every profile (production too): the official schedules 2020–2026 are stored once, for the
/// years that have no rows yet, so admins can correct them afterwards without a release.
/// </summary>
public static class OfficialScheduleSeeder
{
    public static async Task SeedAsync(OneStopDb db, CancellationToken ct = default)
    {
        var stored = await db.Set<HolidayEntry>().Select(h => h.Year).Distinct().ToListAsync(ct);
        foreach (var year in OfficialHolidaySchedules.Years.Except(stored))
        {
            db.Set<HolidayEntry>().AddRange(OfficialHolidaySchedules.For(year)!.Select(h => new HolidayEntry
            {
                Year = year,
                Date = h.Date,
                NameVi = h.NameVi,
                NameEn = h.NameEn,
                Kind = h.Kind,
                Source = h.Source,
                IsConfirmed = h.IsOfficial,
            }));
        }
        await db.SaveChangesAsync(ct);
    }
}
