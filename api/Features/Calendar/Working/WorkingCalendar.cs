using System.Collections.Concurrent;

namespace OneStop.Api.Features.Calendar;

// Working days (DOMAIN §8.2): weekends, public holidays, Tết and compensatory days off are excluded;
// swapped working Saturdays are included. Holidays come from an IHolidaySource, year by year.
public sealed partial class WorkingCalendar
{
    private static readonly HashSet<DayOfWeek> DefaultWeekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly IHolidaySource _holidays;
    private readonly IReadOnlySet<DayOfWeek> _weekend;
    private readonly ConcurrentDictionary<int, ILookup<DateOnly, Holiday>> _byYear = new();
    private readonly ConcurrentDictionary<int, bool[]> _workingByMonth = new();

    public WorkingCalendar(IHolidaySource holidays, OfficeHours? hours = null, IReadOnlySet<DayOfWeek>? weekend = null)
    {
        _holidays = holidays;
        _weekend = weekend ?? DefaultWeekend;
        Hours = hours ?? OfficeHours.Default;
        TimeZone = Hours.TimeZone;
    }

    public OfficeHours Hours { get; }

    public TimeZoneInfo TimeZone { get; }

    // Answered from a month's table built once per calendar from DayOffReason: deadline replays ask it for every day
    // they count, thousands of times per report.
    public bool IsWorkingDay(DateOnly date) =>
        _workingByMonth.GetOrAdd((date.Year * 12) + date.Month - 1, WorkingDaysOfMonth)[date.Day - 1];

    private bool[] WorkingDaysOfMonth(int month)
    {
        var first = new DateOnly(month / 12, (month % 12) + 1, 1);
        return [.. Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(i => DayOffReason(first.AddDays(i)) is null)];
    }

    // Null for a working day; otherwise the weekend or the holiday row that makes it a day off.
    // A swapped working day wins over the weekend; any day-off row wins over a plain weekday.
    public DayOff? DayOffReason(DateOnly date)
    {
        var rows = RowsOn(date);
        if (rows.Any(h => h.Kind == HolidayKind.SwappedWorkingDay))
        {
            return null;
        }

        var holiday = rows.Where(h => h.IsDayOff).OrderBy(h => h.Kind).FirstOrDefault();
        if (holiday is not null)
        {
            return new DayOff(date, DayOffKind.Holiday, holiday);
        }

        return _weekend.Contains(date.DayOfWeek) ? new DayOff(date, DayOffKind.Weekend, null) : null;
    }

    // The first working day strictly after the date.
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var day = date.AddDays(1);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    public DateOnly WorkingDayOnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    // The n-th working day after the date; the date itself is never counted (Civil Code 2015 art. 147(1)).
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = date;
        for (var i = 0; i < days; i++)
        {
            day = NextWorkingDay(day);
        }

        return day;
    }

    // Working days in (from, to]: how many working days a span consumes, counted the way a period is.
    public int WorkingDaysAfterUntil(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    public IEnumerable<DayOff> DaysOffBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            if (DayOffReason(day) is { } off)
            {
                yield return off;
            }
        }
    }

    private IEnumerable<Holiday> RowsOn(DateOnly date) =>
        _byYear.GetOrAdd(date.Year, year => _holidays.For(year).ToLookup(h => h.Date))[date];
}
