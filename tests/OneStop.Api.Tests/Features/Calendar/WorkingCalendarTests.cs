using OneStop.Api.Features.Calendar;

namespace OneStop.Api.Tests.Features.Calendar;

public sealed class WorkingCalendarTests
{
    private readonly WorkingCalendar _calendar = new(new DefaultHolidaySource());

    private static DateTimeOffset Vn(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(2026, 2, 13, true)]
    [InlineData(2026, 2, 16, false)]
    [InlineData(2026, 2, 23, true)]
    [InlineData(2026, 4, 27, false)]
    [InlineData(2024, 5, 4, true)]
    [InlineData(2025, 4, 26, true)]
    [InlineData(2025, 5, 2, false)]
    [InlineData(2031, 1, 27, false)]
    public void Knows_working_days(int y, int m, int d, bool expected) =>
        Assert.Equal(expected, _calendar.IsWorkingDay(new DateOnly(y, m, d)));

    [Fact]
    public void The_month_tables_answer_as_the_day_off_reasons_every_day_of_twelve_years()
    {
        var fresh = new WorkingCalendar(new DefaultHolidaySource());
        var first = new DateOnly(2020, 1, 1);
        var days = Enumerable.Range(0, new DateOnly(2032, 1, 1).DayNumber - first.DayNumber).Select(first.AddDays).ToList();
        // Asked in the reverse order too, so that a month's table is built from any of its days.
        Assert.Equal(days.Select(d => _calendar.DayOffReason(d) is null), days.Select(fresh.IsWorkingDay));
        Assert.Equal(days.Select(d => _calendar.DayOffReason(d) is null), Enumerable.Reverse(days).Select(new WorkingCalendar(new DefaultHolidaySource()).IsWorkingDay).Reverse());
        Assert.Contains(days, d => d.DayOfWeek == DayOfWeek.Saturday && fresh.IsWorkingDay(d));
    }

    [Fact]
    public void Reason_names_the_holiday_or_the_weekend()
    {
        Assert.Equal("Tết Nguyên đán (mùng 1)", _calendar.DayOffReason(new DateOnly(2026, 2, 17))!.ToText("vi"));
        Assert.Equal("weekend (Saturday)", _calendar.DayOffReason(new DateOnly(2026, 2, 14))!.ToText("en"));
        Assert.Equal("Compensatory day off for Hùng Kings' Commemoration (10th day of the 3rd lunar month)",
            _calendar.DayOffReason(new DateOnly(2026, 4, 27))!.ToText("en"));
        Assert.Null(_calendar.DayOffReason(new DateOnly(2024, 5, 4)));
    }

    [Fact]
    public void Next_and_added_working_days_skip_tet_2026()
    {
        Assert.Equal(new DateOnly(2026, 2, 23), _calendar.NextWorkingDay(new DateOnly(2026, 2, 13)));
        Assert.Equal(new DateOnly(2026, 2, 24), _calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 3));
        Assert.Equal(new DateOnly(2026, 2, 12), _calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 0));
    }

    [Fact]
    public void Working_time_crosses_lunch_and_nights()
    {
        Assert.Equal(Vn(2026, 3, 3, 14, 0), _calendar.AddWorkingTime(Vn(2026, 3, 3, 11, 0), TimeSpan.FromHours(1)));
        Assert.Equal(Vn(2026, 3, 4, 8, 0), _calendar.AddWorkingTime(Vn(2026, 3, 3, 16, 0), TimeSpan.FromHours(2)));
        Assert.Equal(Vn(2026, 3, 3, 11, 30), _calendar.AddWorkingTime(Vn(2026, 3, 3, 7, 0), TimeSpan.FromHours(4.5)));
        Assert.Equal(Vn(2026, 3, 3, 13, 30), _calendar.NextWorkingInstant(Vn(2026, 3, 3, 12, 15)));
        Assert.Equal(TimeSpan.FromHours(10), _calendar.WorkingTimeBetween(Vn(2026, 3, 3, 9, 0), Vn(2026, 3, 4, 11, 0)));
        Assert.Equal(TimeSpan.Zero, _calendar.WorkingTimeBetween(Vn(2026, 2, 14, 0, 0), Vn(2026, 2, 23, 7, 0)));
    }

    [Fact]
    public void Converts_any_offset_to_vietnam_time()
    {
        var utc = new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal(Vn(2026, 3, 3, 9, 0), _calendar.ToLocal(utc));
        Assert.True(_calendar.IsWithinOfficeHours(utc));
        Assert.False(_calendar.IsWithinOfficeHours(utc.AddHours(3)));
    }
}
