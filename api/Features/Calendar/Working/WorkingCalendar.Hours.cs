namespace OneStop.Api.Features.Calendar;

// Working-hours arithmetic across lunch breaks, nights, weekends and holidays (DOMAIN §8.2: received
// after closing rolls to the next morning, during the lunch break to 13:30).
public sealed partial class WorkingCalendar
{
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    public DateTimeOffset AtLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    public bool IsWithinOfficeHours(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && Hours.Sessions.Any(s => time >= s.Start && time < s.End);
    }

    // The instant itself when the office is open, else the next opening of a session.
    public DateTimeOffset NextWorkingInstant(DateTimeOffset instant) => AddWorkingTime(instant, TimeSpan.Zero);

    // Adds working time; a sum that ends exactly at the end of a session stays there (11:30, 17:00).
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        var local = ToLocal(start).DateTime;
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        while (true)
        {
            if (IsWorkingDay(day))
            {
                foreach (var (sessionStart, sessionEnd) in Hours.Sessions.Where(s => time < s.End))
                {
                    var from = time > sessionStart ? time : sessionStart;
                    var available = sessionEnd - from;
                    if (amount <= available)
                    {
                        return AtLocal(day, from.Add(amount));
                    }

                    amount -= available;
                }
            }

            day = day.AddDays(1);
            time = TimeOnly.MinValue;
        }
    }

    // Working time inside [from, to); zero when to is not after from.
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var start = ToLocal(from).DateTime;
        var end = ToLocal(to).DateTime;
        for (var day = DateOnly.FromDateTime(start); day <= DateOnly.FromDateTime(end); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var (sessionStart, sessionEnd) in Hours.Sessions)
            {
                var s = Max(day.ToDateTime(sessionStart), start);
                var e = Min(day.ToDateTime(sessionEnd), end);
                total += e > s ? e - s : TimeSpan.Zero;
            }
        }

        return total;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
