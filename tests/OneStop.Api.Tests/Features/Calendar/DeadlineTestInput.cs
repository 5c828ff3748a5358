using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OneStop.Api.Features.Calendar;

namespace OneStop.Api.Tests.Features.Calendar;

// Parses the compact strings of the deadline tables. Local times are Asia/Ho_Chi_Minh; an ISO string
// with "T" keeps its own offset. Periods: "5 WD", "3 CD", "8 WH". Pauses: "start>end|open POLICY; …".
internal static class DeadlineTestInput
{
    // Fixed "now" for open pauses: Friday 6 March 2026, 10:00 in Vietnam.
    public static readonly DateTimeOffset Now = new(2026, 3, 6, 3, 0, 0, TimeSpan.Zero);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static WorkingCalendar WorkCalendar { get; } = new(new DefaultHolidaySource());

    public static DeadlineCalculator Calculator() => new(WorkCalendar, new FakeTimeProvider(Now));

    public static DateTimeOffset Instant(string text)
    {
        if (text.Contains('T', StringComparison.Ordinal))
        {
            return DateTimeOffset.Parse(text, Invariant);
        }

        var local = DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", Invariant);
        return new DateTimeOffset(local, WorkCalendar.TimeZone.GetUtcOffset(local));
    }

    public static string Local(DateTimeOffset instant) => WorkCalendar.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", Invariant);

    public static ProcessingTime Period(string text)
    {
        var parts = text.Split(' ');
        var amount = decimal.Parse(parts[0], Invariant);
        return parts[1] switch
        {
            "WD" => ProcessingTime.WorkingDays(amount),
            "CD" => new ProcessingTime(amount, TimeUnit.CalendarDays),
            "WH" => ProcessingTime.WorkingHours(amount),
            _ => throw new ArgumentException(text, nameof(text)),
        };
    }

    public static TimeOnly? CutOff(string text) => text.Length == 0 ? null : TimeOnly.ParseExact(text, "HH:mm", Invariant);

    public static IReadOnlyList<PauseInterval> Pauses(string text) => text
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(p =>
        {
            var policyAt = p.LastIndexOf(' ');
            var span = p[..policyAt].Split('>');
            var policy = p[(policyAt + 1)..] == "RESTART" ? PausePolicy.Restart : PausePolicy.Shift;
            return new PauseInterval(Instant(span[0]), span[1] == "open" ? null : Instant(span[1]), "Chờ bổ sung hồ sơ", policy);
        })
        .ToList();

    public static DeadlineRequest Request(string received, string period, string cutOff = "", string pauses = "") =>
        new(Instant(received), Period(period), CutOff(cutOff), Pauses(pauses));
}
