using System.Globalization;
using OneStop.Api.Features.Calendar;

namespace OneStop.Api.Tests.Features.Calendar;

public sealed class HolidayGeneratorTests
{
    private readonly DefaultHolidayGenerator _generator = new();

    [Theory]
    [InlineData(1900, "1900-01-01 1900-01-30 1900-01-31 1900-02-01 1900-02-02 1900-02-05 1900-04-09 1900-04-30 1900-05-01 1900-09-03 1900-09-04")]
    [InlineData(1985, "1985-01-01 1985-01-21 1985-01-22 1985-01-23 1985-01-24 1985-01-25 1985-04-29 1985-04-30 1985-05-01 1985-09-02 1985-09-03")]
    [InlineData(2007, "2007-01-01 2007-02-16 2007-02-19 2007-02-20 2007-02-21 2007-02-22 2007-04-26 2007-04-30 2007-05-01 2007-09-03 2007-09-04")]
    [InlineData(2031, "2031-01-01 2031-01-22 2031-01-23 2031-01-24 2031-01-27 2031-01-28 2031-04-01 2031-04-30 2031-05-01 2031-09-01 2031-09-02")]
    [InlineData(2099, "2099-01-01 2099-01-20 2099-01-21 2099-01-22 2099-01-23 2099-01-26 2099-04-29 2099-04-30 2099-05-01 2099-09-01 2099-09-02")]
    public void Generated_weekdays_off_are_the_eleven_days_after_weekend_compensation(int year, string expected)
    {
        var weekdaysOff = _generator.For(year)
            .Where(h => h.IsDayOff && h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(h => h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join(' ', weekdaysOff));
    }

    [Fact]
    public void A_generated_year_has_eleven_public_holidays_all_marked_not_official()
    {
        var rows = _generator.For(2031);

        Assert.Equal(11, rows.Count(h => h.Kind == HolidayKind.PublicHoliday));
        Assert.All(rows, h => Assert.False(h.IsOfficial));
        Assert.All(rows, h => Assert.Equal(DefaultHolidayGenerator.LabourCodeSource, h.Source));
    }

    [Fact]
    public void Weekend_holidays_of_one_block_take_consecutive_compensatory_days()
    {
        // 2022: 30/4 Saturday and 1/5 Sunday → Monday 2 and Tuesday 3 May (art. 111(3)).
        var compensatory = _generator.For(2022).Where(h => h.Kind == HolidayKind.CompensatoryDayOff).Select(h => h.Date).ToList();

        Assert.Contains(new DateOnly(2022, 1, 3), compensatory);
        Assert.Contains(new DateOnly(2022, 4, 11), compensatory);
        Assert.Contains(new DateOnly(2022, 5, 2), compensatory);
        Assert.Contains(new DateOnly(2022, 5, 3), compensatory);
    }

    [Theory]
    [InlineData("2021-09-02", "2021-09-03")]
    [InlineData("2022-09-02", "2022-09-01")]
    [InlineData("2023-09-02", "2023-09-01")]
    [InlineData("2024-09-02", "2024-09-03")]
    [InlineData("2025-09-02", "2025-09-01")]
    public void National_day_adjacent_default_reproduces_2021_to_2025(string nationalDay, string adjacent)
    {
        var day = DateOnly.ParseExact(nationalDay, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.ParseExact(adjacent, "yyyy-MM-dd", CultureInfo.InvariantCulture), DefaultHolidayGenerator.NationalDayAdjacent(day));
    }

    [Fact]
    public void Generated_2026_agrees_with_the_official_weekdays_off()
    {
        static IEnumerable<DateOnly> WeekdaysOff(IEnumerable<Holiday> rows) => rows
            .Where(h => h.IsDayOff && h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(h => h.Date).Order();

        Assert.Equal(WeekdaysOff(OfficialHolidaySchedules.For(2026)!), WeekdaysOff(_generator.For(2026)));
    }

    [Fact]
    public void Official_schedules_cover_2020_to_2026_and_agree_with_the_lunar_cross_check()
    {
        Assert.Equal(Enumerable.Range(2020, 7), OfficialHolidaySchedules.Years.Order());
        foreach (var year in OfficialHolidaySchedules.Years)
        {
            var rows = OfficialHolidaySchedules.For(year)!;
            // DOMAIN §12.1: lunar computation cross-checks the entered Hùng Kings and Tết dates.
            Assert.Contains(rows, h => h.Date == VietnameseLunarCalendar.HungKingsOf(year) && h.NameEn.StartsWith("Hùng", StringComparison.Ordinal));
            var tet = VietnameseLunarCalendar.TetOf(year);
            Assert.Contains(rows, h => h.IsDayOff && Math.Abs(h.Date.DayNumber - tet.DayNumber) <= 3);
            Assert.All(rows, h => Assert.False(string.IsNullOrWhiteSpace(h.Source)));
        }
    }

    [Fact]
    public void Swapped_saturdays_are_working_days_in_2024_and_2025()
    {
        Assert.Contains(OfficialHolidaySchedules.For(2024)!, h => h.Date == new DateOnly(2024, 5, 4) && h.Kind == HolidayKind.SwappedWorkingDay);
        Assert.Contains(OfficialHolidaySchedules.For(2025)!, h => h.Date == new DateOnly(2025, 4, 26) && h.Kind == HolidayKind.SwappedWorkingDay);
    }

    [Fact]
    public void Unverified_2026_national_day_adjacent_day_is_data_flagged_not_official()
    {
        var row = Assert.Single(OfficialHolidaySchedules.For(2026)!, h => h.Date == new DateOnly(2026, 9, 1));
        Assert.False(row.IsOfficial);
        Assert.Contains("UNVERIFIED", row.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, true)]
    [InlineData(2031, false)]
    [InlineData(1900, false)]
    public void Default_source_prefers_the_official_schedule(int year, bool official)
    {
        var rows = new DefaultHolidaySource().For(year);
        Assert.Equal(official, rows.Any(h => h.IsOfficial));
    }
}
