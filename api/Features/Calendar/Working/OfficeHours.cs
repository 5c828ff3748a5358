namespace OneStop.Api.Features.Calendar;

// Office hours set by the province (DOMAIN §8.2): typical 07:00–11:30 and 13:30–17:00, i.e. the 8-hour
// civil-service day of Decision 188/1999/QĐ-TTg. Vietnam has one zone, UTC+7, without daylight saving.
public sealed record OfficeHours(TimeOnly MorningStart, TimeOnly MorningEnd, TimeOnly AfternoonStart, TimeOnly AfternoonEnd, string TimeZoneId)
{
    public const string VietnamTimeZoneId = "Asia/Ho_Chi_Minh";

    public static OfficeHours Default { get; } =
        new(new TimeOnly(7, 0), new TimeOnly(11, 30), new TimeOnly(13, 30), new TimeOnly(17, 0), VietnamTimeZoneId);

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public TimeOnly Opening => MorningStart;

    public TimeOnly Closing => AfternoonEnd;

    public IReadOnlyList<(TimeOnly Start, TimeOnly End)> Sessions => [(MorningStart, MorningEnd), (AfternoonStart, AfternoonEnd)];

    // One "working day" as a duration: 8 h with the defaults (DOMAIN §8.2: 1 day = 8 h).
    public TimeSpan WorkingDayLength => (MorningEnd - MorningStart) + (AfternoonEnd - AfternoonStart);
}
