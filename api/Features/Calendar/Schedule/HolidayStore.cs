using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Calendar;

/// <summary>
/// The holiday source of the running system: the stored official schedule of a year when admins entered one,
/// else the Labour Code rule generator (DOMAIN.md §8.1). Years are cached; a schedule change invalidates its year.
/// </summary>
public sealed class HolidayStore(IServiceScopeFactory scopes) : IHolidaySource
{
    private readonly ConcurrentDictionary<int, YearSchedule> _cache = new();
    private readonly DefaultHolidayGenerator _generator = new();

    /// <summary>Changes on every invalidation, so per-request calendars know they are current.</summary>
    public int Generation { get; private set; }

    public IReadOnlyList<Holiday> For(int year) => Schedule(year).Days;

    /// <summary>The year's days and whether they come from an entered schedule (else from the rule generator).</summary>
    public YearSchedule Schedule(int year) => _cache.GetOrAdd(year, Load);

    public void Invalidate(int year)
    {
        _cache.TryRemove(year, out _);
        Generation++;
    }

    private YearSchedule Load(int year)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        var rows = db.Set<HolidayEntry>().AsNoTracking().Where(h => h.Year == year).OrderBy(h => h.Date).ToList();
        return rows.Count > 0 ? new YearSchedule([.. rows.Select(r => r.ToHoliday())], Entered: true) : new YearSchedule(_generator.For(year), Entered: false);
    }
}

/// <summary>A year's days off and swapped working days; <see cref="Entered"/> is false for generated years.</summary>
public sealed record YearSchedule(IReadOnlyList<Holiday> Days, bool Entered);
