using System.Collections.Concurrent;

namespace OneStop.Api.Features.Calendar;

// Vietnamese lunisolar calendar, reckoned for UTC+7 (DOMAIN §8.4): same rules as the Chinese one
// (Hồ Ngọc Đức's formulation: a month starts on the civil day of a new moon, month 11 contains the
// winter solstice, in a 13-month year the first month without a major solar term is the leap month),
// but the day boundary is midnight at UTC+7, and the astronomy is the precise one of DOMAIN §8.5.
// .NET's ChineseLunisolarCalendar is UTC+8 and must not be used for Vietnam.
public static class VietnameseLunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    private static readonly ConcurrentDictionary<int, LunarMonth[]> Segments = new();

    public static LunarDate FromSolar(DateOnly date)
    {
        if (date.Year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Supported range is {MinYear}–{MaxYear}.");
        }

        // A segment runs from month 11 of the previous year; dates from this year's month 11 on are in the next one.
        var months = SegmentEndingInYear(date.Year);
        if (date >= months[^1].Start.AddDays(months[^1].Length))
        {
            months = SegmentEndingInYear(date.Year + 1);
        }

        var month = months.Last(m => m.Start <= date);
        return new LunarDate(month.LunarYear, month.Number, date.DayNumber - month.Start.DayNumber + 1, month.IsLeap);
    }

    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth)
    {
        if (lunarYear is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Supported range is {MinYear}–{MaxYear}.");
        }

        // Months 1–10 of lunar year Y are in the segment ending in Y, months 11–12 in the next one.
        var month = SegmentEndingInYear(lunarYear).Concat(SegmentEndingInYear(lunarYear + 1))
            .Where(m => m.LunarYear == lunarYear && m.Number == lunarMonth && m.IsLeap == leapMonth)
            .Select(m => (LunarMonth?)m)
            .FirstOrDefault()
            ?? throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, $"Lunar year {lunarYear} has no such month (leap: {leapMonth}).");
        if (lunarDay < 1 || lunarDay > month.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, $"Lunar month {lunarMonth}/{lunarYear} has {month.Length} days.");
        }

        return month.Start.AddDays(lunarDay - 1);
    }

    // Tết Nguyên đán: 1st day of the 1st lunar month.
    public static DateOnly TetOf(int year) => ToSolar(year, 1, 1, false);

    // Giao thừa: the last day of the previous lunar year (29 or 30 Chạp).
    public static DateOnly LastDayBeforeTet(int year) => TetOf(year).AddDays(-1);

    // Giỗ Tổ Hùng Vương: 10th day of the (non-leap) 3rd lunar month, Labour Code 2019 art. 112(1)(đ).
    public static DateOnly HungKingsOf(int year) => ToSolar(year, 3, 10, false);

    private static LunarMonth[] SegmentEndingInYear(int year) => Segments.GetOrAdd(year, LunarMonthTable.Build);
}
