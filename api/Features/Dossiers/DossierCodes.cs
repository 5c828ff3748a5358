using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Dossiers;

/// <summary>
/// Receipt codes <c>&lt;agency-code&gt;-&lt;yyMMdd&gt;-&lt;NNNN&gt;</c> (DOMAIN.md §2.3, HIGH): four digits per agency per local day,
/// allocated atomically and never reused. The counter row is incremented inside the intake transaction, so a failed
/// intake rolls its number back (no gaps) and concurrent intakes queue on the row: SQLite takes the write lock at
/// BEGIN IMMEDIATE; SQL Server's UPDATE holds an exclusive row lock to the commit. Provider-neutral EF code only.
/// </summary>
public static class DossierCodes
{
    public const int MaxPerDay = 9999;

    public static string Format(string agencyCode, DateOnly day, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{day:yyMMdd}-{sequence:D4}");

    /// <summary>The next number of the day; call inside a transaction that also inserts the dossier.</summary>
    public static async Task<int> NextAsync(OneStopDb db, string agencyCode, DateOnly day, CancellationToken ct)
    {
        var updated = await Counter(db, agencyCode, day)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), ct);
        if (updated == 0)
        {
            // First dossier of the day: a concurrent first insert on SQL Server fails on the key and the caller retries.
            db.DossierCounters.Add(new DossierCounter { AgencyCode = agencyCode, Day = day, LastNumber = 1 });
            await db.SaveChangesAsync(ct);
            return 1;
        }
        return await Counter(db, agencyCode, day).Select(c => c.LastNumber).SingleAsync(ct);
    }

    /// <summary>The counter row of one agency and day (also printed by the SQL Server translation test).</summary>
    public static IQueryable<DossierCounter> Counter(OneStopDb db, string agencyCode, DateOnly day) =>
        db.DossierCounters.Where(c => c.AgencyCode == agencyCode && c.Day == day);

    /// <summary>
    /// For bulk seeders and imports that allocate numbers in memory: raises each (agency, day) counter to at least
    /// the highest number used, so later intakes continue after them.
    /// </summary>
    public static async Task RaiseCountersAsync(OneStopDb db, IEnumerable<(string AgencyCode, DateOnly Day, int LastNumber)> used, CancellationToken ct)
    {
        foreach (var g in used.GroupBy(u => (u.AgencyCode, u.Day)))
        {
            var max = g.Max(x => x.LastNumber);
            var updated = await Counter(db, g.Key.AgencyCode, g.Key.Day).Where(c => c.LastNumber < max)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, max), ct);
            if (updated == 0 && !await Counter(db, g.Key.AgencyCode, g.Key.Day).AnyAsync(ct))
                db.DossierCounters.Add(new DossierCounter { AgencyCode = g.Key.AgencyCode, Day = g.Key.Day, LastNumber = max });
        }
        await db.SaveChangesAsync(ct);
    }
}
