namespace OneStop.Api.Features.Calendar;

// Finished: trước hạn / đúng hạn / quá hạn (form 05). Open: within / due soon / overdue (alerts).
public enum DeadlineState
{
    Early,
    OnTime,
    Late,
    WithinDeadline,
    DueSoon,
    Overdue,
}

public sealed class DeadlineClassifier(WorkingCalendar calendar)
{
    // Day-based periods compare local dates: the legal period runs to 24:00 of the due date (Civil Code
    // art. 148), so work finished that evening is on time. Working-hour periods compare instants.
    // Early = finished on a day before the due date; on time = on the due date (and, for hours, by the instant).
    public DeadlineState ClassifyFinished(DeadlineResult deadline, DateTimeOffset finishedAt)
    {
        var finishedOn = DateOnly.FromDateTime(calendar.ToLocal(finishedAt).DateTime);
        if (finishedOn > deadline.DueDate || (deadline.Unit == TimeUnit.WorkingHours && finishedAt > deadline.AppointmentAt))
        {
            return DeadlineState.Late;
        }

        return finishedOn < deadline.DueDate ? DeadlineState.Early : DeadlineState.OnTime;
    }

    // Due soon when at most `warningWorkingDays` of working time (8 h a day by default) is left before the
    // appointment; the default of one working day matches the apology rule (DOMAIN §1.5: ≥ 1 day before).
    public DeadlineState ClassifyOpen(DeadlineResult deadline, DateTimeOffset now, decimal warningWorkingDays = 1)
    {
        var today = DateOnly.FromDateTime(calendar.ToLocal(now).DateTime);
        var overdue = deadline.Unit == TimeUnit.WorkingHours ? now > deadline.AppointmentAt : today > deadline.DueDate;
        if (overdue)
        {
            return DeadlineState.Overdue;
        }

        var window = calendar.Hours.WorkingDayLength * (double)warningWorkingDays;
        return calendar.WorkingTimeBetween(now, deadline.AppointmentAt) <= window ? DeadlineState.DueSoon : DeadlineState.WithinDeadline;
    }

    public DeadlineState Classify(DeadlineResult deadline, DateTimeOffset? finishedAt, DateTimeOffset now, decimal warningWorkingDays = 1) =>
        finishedAt is { } finished ? ClassifyFinished(deadline, finished) : ClassifyOpen(deadline, now, warningWorkingDays);
}
