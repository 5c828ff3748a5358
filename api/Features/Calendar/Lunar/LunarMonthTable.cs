namespace OneStop.Api.Features.Calendar;

// Builds the months from month 11 of (year − 1) up to, not including, month 11 of year.
internal static class LunarMonthTable
{
    // Vietnam reckons the calendar at 105°E (DOMAIN §8.4).
    private const double TimeZoneHours = 7.0;
    private const double SynodicMonth = 29.530588861;
    // Julian Day Number of 0001-01-01 (proleptic Gregorian), i.e. DateOnly.DayNumber = 0.
    private const int JulianDayOfDayNumberZero = 1721426;

    public static LunarMonth[] Build(int year)
    {
        var k0 = Month11Index(year - 1);
        var k1 = Month11Index(year);
        var starts = Enumerable.Range(k0, k1 - k0 + 1).Select(NewMoonDay).ToArray();
        var count = k1 - k0;
        // A 13-month span needs a leap month: the first one whose span has no major solar term.
        var leapIndex = count == 13
            ? Enumerable.Range(1, 12).First(i => MajorTermSector(starts[i]) == MajorTermSector(starts[i + 1]))
            : -1;

        var months = new LunarMonth[count];
        var number = 11;
        var lunarYear = year - 1;
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && i != leapIndex)
            {
                number = number == 12 ? 1 : number + 1;
                lunarYear = number == 1 ? year : lunarYear;
            }

            var length = starts[i + 1].DayNumber - starts[i].DayNumber;
            months[i] = new LunarMonth(starts[i], length, lunarYear, number, i == leapIndex);
        }

        return months;
    }

    // Index k of the new moon that starts month 11 (the month containing the winter solstice) of the year.
    private static int Month11Index(int year)
    {
        var dec31 = new DateOnly(year, 12, 31);
        var k = (int)Math.Floor((ToJulianDay(dec31) - 2451550.09766) / SynodicMonth);
        while (NewMoonDay(k) > dec31)
        {
            k--;
        }

        // Sector 9 (270°) = solstice already passed when this month begins: month 11 is the previous one.
        return MajorTermSector(NewMoonDay(k)) >= 9 ? k - 1 : k;
    }

    private static DateOnly NewMoonDay(int k)
    {
        var localJulianDay = NewMoon.JulianDayUt(k) + 0.5 + (TimeZoneHours / 24);
        return DateOnly.FromDayNumber((int)Math.Floor(localJulianDay) - JulianDayOfDayNumberZero);
    }

    // Which 30° sector the Sun is in at local midnight starting the day; a major term (trung khí)
    // falls in a month when the sector changes between its first day and the next month's first day.
    private static int MajorTermSector(DateOnly day)
    {
        var midnightUt = ToJulianDay(day) - 0.5 - (TimeZoneHours / 24);
        return (int)Math.Floor(SolarLongitude.DegreesAt(midnightUt) / 30);
    }

    private static double ToJulianDay(DateOnly day) => day.DayNumber + JulianDayOfDayNumberZero;
}
