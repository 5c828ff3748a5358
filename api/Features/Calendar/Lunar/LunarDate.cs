namespace OneStop.Api.Features.Calendar;

// A date of the Vietnamese lunar calendar. IsLeapMonth marks the intercalary month (tháng nhuận),
// which repeats the number of the month before it.
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Day:00}/{Month:00}{(IsLeapMonth ? "L" : "")}/{Year}");
}
