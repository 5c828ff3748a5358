namespace OneStop.Api.Features.Calendar;

// Compact way to write one year's entered calendar rows.
internal sealed class ScheduleBuilder(int year)
{
    private readonly List<Holiday> _rows = [];

    public ScheduleBuilder Off(int month, int day, (string Vi, string En) name, string source,
        HolidayKind kind = HolidayKind.PublicHoliday, bool official = true)
    {
        _rows.Add(new Holiday(new DateOnly(year, month, day), name.Vi, name.En, kind, source, official));
        return this;
    }

    // Every Monday–Friday of a break announced as one block (weekends inside it need no row).
    public ScheduleBuilder OffWeekdays(int month, int fromDay, int toMonth, int toDay, (string Vi, string En) name, string source)
    {
        for (var d = new DateOnly(year, month, fromDay); d <= new DateOnly(year, toMonth, toDay); d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                Off(d.Month, d.Day, name, source);
            }
        }

        return this;
    }

    public ScheduleBuilder Work(int month, int day, string source, bool official = true) =>
        Off(month, day, HolidayNames.SwappedWorking, source, HolidayKind.SwappedWorkingDay, official);

    public IReadOnlyList<Holiday> Build() => [.. _rows.OrderBy(r => r.Date)];
}
