using System.Globalization;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.Dossiers;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.DeadlineAlerts;

/// <summary>An alert key: kind, step (0 = dossier) and deadline value.</summary>
public readonly record struct AlertKey(DeadlineAlertKind Kind, int Step, DateTime DueAt);

/// <summary>What a dossier needs now: alerts due, the keys still current (others are closed) and the next threshold.</summary>
public sealed record AlertEvaluation(IReadOnlyList<AlertKey> Due, IReadOnlySet<AlertKey> Current, DateTime? NextCheckAt);

/// <summary>
/// Decides the alerts of one dossier at one instant from its cached deadlines (no history needed), and when to look
/// again. The same thresholds as <see cref="DossierDeadlines.State"/>: day-based periods are overdue the day after the
/// due date, working-hour periods after the appointment instant.
/// </summary>
public sealed class DeadlineAlertRules(WorkingCalendar calendar, IOptions<DeadlineAlertOptions> options, IOptions<DossierRules> rules)
{
    public AlertEvaluation Evaluate(Dossier d, DossierPause? openPause, DateTime now)
    {
        var due = new List<AlertKey>();
        var current = new HashSet<AlertKey>();
        var next = new List<DateTime>();
        void At(AlertKey key, DateTime firesAt)
        {
            current.Add(key);
            if (firesAt <= now) due.Add(key);
            else next.Add(firesAt);
        }

        if (d is { Status: DossierStatus.Returned, Violation: DossierViolation.LateWithoutApology })
            At(new(DeadlineAlertKind.ReturnWithoutApology, 0, d.AppointmentAt ?? d.ReturnedAt ?? now), now);
        if (!d.IsOpen) return new(due, current, null);

        if (d.Status == DossierStatus.SupplementRequested && openPause is { } pause)
        {
            var supplementDue = Utc(calendar.AddWorkingTime(Offset(pause.StartedAt), calendar.Hours.WorkingDayLength * options.Value.SupplementWorkingDays));
            At(new(DeadlineAlertKind.SupplementOverdue, 0, supplementDue), supplementDue);
        }

        // A pause that stops the clock moves the deadline on resume: nothing runs meanwhile (the old alerts close).
        var clockStopped = d.Status is DossierStatus.SupplementRequested or DossierStatus.Paused && d.OpenPauseEffect != PauseEffect.None;
        if (clockStopped || d.AppointmentAt is not { } appointment || d.DueDate is not { } dueDate)
            return new(due, current, next.Count > 0 ? next.Min() : null);

        var window = Window(d, appointment);
        var overdueAt = d.ProcessingUnit == TimeUnit.WorkingHours
            ? appointment.AddTicks(1)
            : Utc(calendar.AtLocal(dueDate.AddDays(1), TimeOnly.MinValue));
        At(new(DeadlineAlertKind.Overdue, 0, appointment), overdueAt);
        // Already overdue when first seen (e.g. an import): OVERDUE only, no stale DUE_SOON.
        current.Add(new(DeadlineAlertKind.DueSoon, 0, appointment));
        if (now < overdueAt) At(new(DeadlineAlertKind.DueSoon, 0, appointment), Before(appointment, window, now));

        // Apology: warn one lead period before the due-soon window (or when the current step is late), while the
        // lawful cut-off (end of the latest apology day) has not passed.
        current.Add(new(DeadlineAlertKind.ApologyRequired, 0, appointment));
        var cutOff = Utc(calendar.AtLocal(LatestApologyDay(dueDate).AddDays(1), TimeOnly.MinValue));
        if (d.Reappointments == 0 && d.MaxReappointments > 0 && now < cutOff)
        {
            var lead = calendar.Hours.WorkingDayLength * rules.Value.ApologyLeadWorkingDays;
            var riskAt = d.CurrentStepDueAt is { } s && s < now ? now : Before(appointment, window + lead, now);
            if (riskAt < cutOff) At(new(DeadlineAlertKind.ApologyRequired, 0, appointment), riskAt);
        }

        if (d.CurrentStep is { } step && d.CurrentStepDueAt is { } stepDue)
        {
            At(new(DeadlineAlertKind.StepOverdue, step, stepDue), stepDue.AddTicks(1));
            current.Add(new(DeadlineAlertKind.DueSoon, step, stepDue));
            if (now <= stepDue) At(new(DeadlineAlertKind.DueSoon, step, stepDue), Before(stepDue, window, now));
        }
        return new(due, current, next.Count > 0 ? next.Min() : null);
    }

    /// <summary>Warning window of the dossier's procedure: <c>Nh</c> working hours or <c>N%</c> of its total working time.</summary>
    public TimeSpan Window(Dossier d, DateTime appointment)
    {
        var setting = options.Value.Warning.GetValueOrDefault(d.ProcedureCode)?.Trim();
        if (setting is { Length: > 1 } && setting.EndsWith('%')
            && double.TryParse(setting[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && d.ClockStartsAt is { } start)
            return calendar.WorkingTimeBetween(Offset(start), Offset(appointment)) * (share / 100);
        if (setting is { Length: > 1 } && setting.EndsWith('h')
            && double.TryParse(setting[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var hours))
            return TimeSpan.FromHours(hours);
        return TimeSpan.FromHours(options.Value.WarningHours);
    }

    /// <summary>The last local day the apology is lawful (DOMAIN.md §1.5: at least one working day before the deadline).</summary>
    public DateOnly LatestApologyDay(DateOnly dueDate)
    {
        var latest = dueDate;
        for (var i = 0; i < rules.Value.ApologyLeadWorkingDays; i++)
        {
            latest = latest.AddDays(-1);
            while (!calendar.IsWorkingDay(latest)) latest = latest.AddDays(-1);
        }
        return latest;
    }

    // The instant from which at most `window` of working time is left before `deadline` (now when already inside).
    private DateTime Before(DateTime deadline, TimeSpan window, DateTime now)
    {
        var left = calendar.WorkingTimeBetween(Offset(now), Offset(deadline));
        return left <= window ? now : Utc(calendar.AddWorkingTime(Offset(now), left - window));
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTimeOffset Offset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static DateTime Utc(DateTimeOffset instant) => instant.UtcDateTime;
}
