using System.Globalization;
using OneStop.Api.Features.Calendar;

namespace OneStop.Api.Tests.Features.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    // One case per CSV row (DOMAIN §8.5: all 201 rows, VN columns); primitive arguments keep xunit
    // from collapsing the theory, so a failure names its year.
    public static TheoryData<int, string, string, string> ReferenceRows()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (var row in LunarReferenceTable.Rows)
        {
            data.Add(row.Year, Iso(row.TetVn), Iso(row.GiaoThuaVn), Iso(row.HungKingsVn));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void Reproduces_the_vietnamese_columns_of_the_reference_table(int year, string tetVn, string giaoThuaVn, string hungKingsVn)
    {
        var tet = VietnameseLunarCalendar.TetOf(year);
        Assert.Equal((tetVn, giaoThuaVn, hungKingsVn),
            (Iso(tet), Iso(VietnameseLunarCalendar.LastDayBeforeTet(year)), Iso(VietnameseLunarCalendar.HungKingsOf(year))));
        Assert.Equal(new LunarDate(year, 1, 1, false), VietnameseLunarCalendar.FromSolar(tet));
        var lastDay = VietnameseLunarCalendar.FromSolar(tet.AddDays(-1));
        Assert.Equal((year - 1, 12), (lastDay.Year, lastDay.Month));
        Assert.InRange(lastDay.Day, 29, 30);
    }

    [Fact]
    public void Tet_1991_uses_the_precise_new_moon_not_the_low_precision_one()
    {
        // New moon at 17:31 UTC on 14 Feb 1991 = 00:31 on 15 Feb at UTC+7 (DOMAIN §8.5).
        Assert.Equal(new DateOnly(1991, 2, 15), VietnameseLunarCalendar.TetOf(1991));
    }

    [Fact]
    public void Tet_1985_is_a_month_apart_from_the_chinese_calendar_of_dotnet()
    {
        var chinese = new ChineseLunisolarCalendar();
        var cnTet = DateOnly.FromDateTime(chinese.ToDateTime(1985, 1, 1, 0, 0, 0, 0));

        Assert.Equal(new DateOnly(1985, 2, 20), cnTet);
        Assert.Equal(new DateOnly(1985, 1, 21), VietnameseLunarCalendar.TetOf(1985));
    }

    [Theory]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    public void Tet_differs_by_one_day_from_dotnet_chinese_calendar(int year, string vn, string cn)
    {
        var chinese = new ChineseLunisolarCalendar();
        Assert.Equal(vn, Iso(VietnameseLunarCalendar.TetOf(year)));
        Assert.Equal(cn, Iso(DateOnly.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0))));
    }

    [Theory]
    [InlineData("2026-02-17", 2026, 1, 1, false)]
    [InlineData("2026-02-16", 2025, 12, 29, false)]
    [InlineData("2026-04-26", 2026, 3, 10, false)]
    [InlineData("2025-07-25", 2025, 6, 1, true)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2020-05-23", 2020, 4, 1, true)]
    public void Converts_both_ways_including_leap_months(string solar, int year, int month, int day, bool leap)
    {
        var date = DateOnly.ParseExact(solar, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(new LunarDate(year, month, day, leap), VietnameseLunarCalendar.FromSolar(date));
        Assert.Equal(date, VietnameseLunarCalendar.ToSolar(year, month, day, leap));
    }

    [Fact]
    public void Every_day_of_2024_to_2026_round_trips()
    {
        for (var d = new DateOnly(2024, 1, 1); d <= new DateOnly(2026, 12, 31); d = d.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(d);
            Assert.Equal(d, VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
        }
    }

    [Fact]
    public void Rejects_dates_outside_1900_to_2100()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.TetOf(2101));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2026, 3, 31, false));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
