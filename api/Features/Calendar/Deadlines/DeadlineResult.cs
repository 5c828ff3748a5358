namespace OneStop.Api.Features.Calendar;

// AppointmentAt: when the result is promised (ngày hẹn trả). DueDate: the legal last day (R15: DateOnly).
// ClockStartsAt: the first instant counted, the natural start for step budgets (StepScheduler).
// IsProvisional: an open pause was counted up to "now", so the date will move when it ends.
public sealed record DeadlineResult(
    DateTimeOffset AppointmentAt,
    DateOnly DueDate,
    TimeUnit Unit,
    DateTimeOffset ClockStartsAt,
    bool IsProvisional,
    IReadOnlyList<ExplanationLine> Explanation)
{
    public string ToText(string culture = "vi") => string.Join('\n', Explanation.Select(line => line.ToText(culture)));
}
