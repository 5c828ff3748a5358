namespace OneStop.Api.Features.Calendar;

public sealed partial class DeadlineCalculator
{
    // When the reception legally happens. Outside office hours or on a day off it is treated as made at
    // the next opening (DOMAIN §8.2, MED: practice, legal basis not confirmed; lunch break → 13:30,
    // before opening → 07:00 the same day). After the procedure's cut-off (strictly after, so 15:00:00
    // itself is still in time) it moves to the opening of the next working day (61/2018; Decree 23/2015 art. 21).
    private DateTimeOffset EffectiveReception(DateTimeOffset instant, TimeOnly? cutOff, List<ExplanationLine>? lines)
    {
        var local = calendar.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (calendar.DayOffReason(date) is { } off)
        {
            var next = calendar.AtLocal(calendar.NextWorkingDay(date), calendar.Hours.Opening);
            lines?.Add(new(ExplanationKind.ReceivedOnDayOff, date) { DayOff = off, At = next });
            return next;
        }

        if (cutOff is { } c && TimeOnly.FromDateTime(local.DateTime) > c)
        {
            var next = calendar.AtLocal(calendar.NextWorkingDay(date), calendar.Hours.Opening);
            lines?.Add(new(ExplanationKind.AfterCutOff, date) { CutOff = c, At = next });
            return next;
        }

        if (!calendar.IsWithinOfficeHours(instant))
        {
            var next = calendar.NextWorkingInstant(instant);
            lines?.Add(new(ExplanationKind.OutsideOfficeHours, date) { At = next });
            return next;
        }

        return local;
    }

    private DueAt Due(DateTimeOffset origin, ProcessingTime time, Shift shift)
    {
        var originDate = DateOnly.FromDateTime(calendar.ToLocal(origin).DateTime);
        var closing = calendar.Hours.Closing;
        switch (time.Unit)
        {
            case TimeUnit.WorkingHours:
                {
                    // Working hours: the exact instant; the clock runs from the (effective) reception itself.
                    var at = calendar.AddWorkingTime(origin, TimeSpan.FromHours((double)time.Amount) + shift.Time);
                    return new DueAt(DateOnly.FromDateTime(at.DateTime), at, origin, DateOnly.FromDateTime(at.DateTime));
                }

            case TimeUnit.CalendarDays:
                {
                    // Civil Code 2015 art. 147–148: the day of receipt is not counted; a last day that is a day off
                    // moves to the next working day. The appointment is the close of office on that day (17:00),
                    // although the legal period runs to 24:00 — classification therefore compares dates.
                    var nominal = originDate.AddDays((int)time.Amount + shift.Days);
                    var last = calendar.WorkingDayOnOrAfter(nominal);
                    return new DueAt(last, calendar.AtLocal(last, closing), calendar.AtLocal(originDate.AddDays(1), TimeOnly.MinValue), nominal);
                }

            default:
                {
                    // Working days: the n-th working day after the day of receipt, appointment at closing time.
                    // 0 days = same-day procedure (result the day of effective reception). A fraction of a day is
                    // 8-hour working time added from the next opening (DOMAIN §8.2: 1 day = 8 h).
                    var whole = (int)decimal.Truncate(time.Amount);
                    var fraction = time.Amount - whole;
                    var last = calendar.AddWorkingDays(originDate, whole + shift.Days);
                    var clockStart = whole + shift.Days == 0 ? origin : calendar.AtLocal(calendar.NextWorkingDay(originDate), calendar.Hours.Opening);
                    if (fraction == 0)
                    {
                        return new DueAt(last, calendar.AtLocal(last, closing), clockStart, last);
                    }

                    var extra = calendar.Hours.WorkingDayLength * (double)fraction;
                    var at = calendar.AddWorkingTime(calendar.AtLocal(calendar.NextWorkingDay(last), calendar.Hours.Opening), extra);
                    return new DueAt(DateOnly.FromDateTime(at.DateTime), at, clockStart, DateOnly.FromDateTime(at.DateTime));
                }
        }
    }

    // SHIFT consumption. Day units count days the way a period does — working (or calendar) days in
    // (pause start day, pause end day] — so a pause within one day moves nothing. Hours use the exact
    // working time inside the pause. DOMAIN does not fix the granularity: own choice, documented.
    private Shift Consumed(DateTimeOffset start, DateTimeOffset end, TimeUnit unit)
    {
        var from = DateOnly.FromDateTime(calendar.ToLocal(start).DateTime);
        var to = DateOnly.FromDateTime(calendar.ToLocal(end).DateTime);
        return unit switch
        {
            TimeUnit.WorkingHours => new Shift(0, calendar.WorkingTimeBetween(start, end)),
            TimeUnit.CalendarDays => new Shift(Math.Max(0, to.DayNumber - from.DayNumber), TimeSpan.Zero),
            _ => new Shift(calendar.WorkingDaysAfterUntil(from, to), TimeSpan.Zero),
        };
    }

    private IEnumerable<ExplanationLine> SkippedDays(DateTimeOffset origin, DueAt due, TimeUnit unit)
    {
        var originDate = DateOnly.FromDateTime(calendar.ToLocal(origin).DateTime);
        if (unit == TimeUnit.WorkingDays && due.Date > originDate)
        {
            yield return new(ExplanationKind.DayOfReceiptNotCounted, originDate);
        }

        if (unit != TimeUnit.CalendarDays)
        {
            foreach (var off in calendar.DaysOffBetween(originDate, due.Date))
            {
                yield return new(ExplanationKind.SkippedDay, off.Date) { DayOff = off };
            }

            yield break;
        }

        yield return new(ExplanationKind.DayOfReceiptNotCounted, originDate);
        // Calendar days count days off; only a last day that is a day off moves the end (art. 148).
        foreach (var off in calendar.DaysOffBetween(due.NominalLast.AddDays(-1), due.Date))
        {
            yield return off.Date == due.NominalLast
                ? new(ExplanationKind.PeriodEndsOnDayOff, off.Date) { DayOff = off }
                : new(ExplanationKind.SkippedDay, off.Date) { DayOff = off };
        }
    }
}
