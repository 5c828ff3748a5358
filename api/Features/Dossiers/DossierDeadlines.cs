using Microsoft.Extensions.Options;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.Procedures;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.Dossiers;

/// <summary>A step of the dossier's internal process with its due time.</summary>
public sealed record DossierStepDue(int Ordinal, string Name, string? Role, DateTime StartsAt, DateTime DueAt);

/// <summary>
/// The dossier's deadlines, always derived from receipt + calendar + pause ledger by the calendar feature's
/// <see cref="DeadlineCalculator"/> (never overwritten, DOMAIN.md §11.1); re-appointments are kept apart.
/// </summary>
public sealed class DossierDeadlines(DeadlineCalculator calculator, DeadlineClassifier classifier, StepScheduler scheduler,
    WorkingCalendar calendar, TimeProvider clock, IOptions<DossierRules> rules)
{
    public DossierRules Rules => rules.Value;

    public static TimeUnit UnitOf(ProcessingTimeUnit unit) => unit switch
    {
        ProcessingTimeUnit.WorkingHours => TimeUnit.WorkingHours,
        ProcessingTimeUnit.CalendarDays => TimeUnit.CalendarDays,
        _ => TimeUnit.WorkingDays,
    };

    public DeadlineResult Preview(ProcedureVersion version, DateTimeOffset receivedAt) =>
        calculator.Calculate(new DeadlineRequest(receivedAt, new Calendar.ProcessingTime(version.ProcessingAmount, UnitOf(version.ProcessingUnit)), version.CutOffHour));

    /// <summary>The legal deadline: pauses whose effect is NONE are in the ledger but do not stop the clock.</summary>
    public DeadlineResult Legal(Dossier d, IEnumerable<DossierPause> pauses) => Legal(DeadlineBasis.Of(d), pauses);

    /// <summary>The legal deadline from the few columns it depends on (the reports' replays read only those).</summary>
    public DeadlineResult Legal(DeadlineBasis d, IEnumerable<DossierPause> pauses) => calculator.Calculate(Request(d, pauses));

    /// <summary>The legal deadline without its explanation, for the reports' replays that read only the instants.</summary>
    internal DeadlineResult LegalDue(DeadlineBasis d, IEnumerable<DossierPause> pauses) => calculator.CalculateDue(Request(d, pauses));

    private static DeadlineRequest Request(DeadlineBasis d, IEnumerable<DossierPause> pauses) =>
        new(
            d.ReceivedAt.ToUtcOffset(),
            new Calendar.ProcessingTime(d.ProcessingAmount, d.ProcessingUnit),
            d.CutOffHour,
            [.. pauses.Where(p => p.Effect != PauseEffect.None).OrderBy(p => p.StartedAt).Select(p => new PauseInterval(
                p.StartedAt.ToUtcOffset(), p.EndedAt?.ToUtcOffset(), p.Reason, p.Effect == PauseEffect.Restart ? PausePolicy.Restart : PausePolicy.Shift))]);

    /// <summary>
    /// The Decision 766 count (DOMAIN.md §4.2, HIGH): supplement time is subtracted, i.e. every supplement shifts
    /// the deadline, whatever the legal policy; other pauses keep their legal effect.
    /// </summary>
    public DeadlineResult Decision766(Dossier d, IEnumerable<DossierPause> pauses) => Decision766(DeadlineBasis.Of(d), pauses);

    public DeadlineResult Decision766(DeadlineBasis d, IEnumerable<DossierPause> pauses) => Legal(d, Decision766Pauses(pauses));

    /// <summary>
    /// <see cref="Decision766(DeadlineBasis, IEnumerable{DossierPause})"/> without its explanation: the service index
    /// replays thousands of dossiers and reads only the instants.
    /// </summary>
    internal DeadlineResult Decision766Due(DeadlineBasis d, IEnumerable<DossierPause> pauses) => LegalDue(d, Decision766Pauses(pauses));

    private static IEnumerable<DossierPause> Decision766Pauses(IEnumerable<DossierPause> pauses) =>
        pauses.Select(p => p.Kind == PauseKind.Supplement && p.Effect == PauseEffect.Restart ? Shifted(p) : p);

    public void Recompute(Dossier d) => d.SetDeadline(Legal(d, d.Pauses));

    /// <summary>Result of the whole dossier when processing ends now, against the legal deadline.</summary>
    public Lateness FinishedNow(Dossier d, DateTime now) => Map(classifier.ClassifyFinished(Legal(d, d.Pauses), now.ToUtcOffset()));

    /// <summary>EARLY/ON_TIME/LATE once finished; WITHIN_DEADLINE/DUE_SOON/OVERDUE while open (paused: within deadline).</summary>
    public DeadlineState State(Dossier d)
    {
        if (d.Lateness is { } l) return l switch { Lateness.Early => DeadlineState.Early, Lateness.OnTime => DeadlineState.OnTime, _ => DeadlineState.Late };
        if (!d.IsOpen || d.AppointmentAt is null || d.DueDate is null) return DeadlineState.WithinDeadline;
        if (d.Status is DossierStatus.Paused or DossierStatus.SupplementRequested && d.OpenPauseEffect != PauseEffect.None) return DeadlineState.WithinDeadline;
        var current = new DeadlineResult(d.AppointmentAt.Value.ToUtcOffset(), d.DueDate.Value, d.ProcessingUnit, d.ReceivedAt.ToUtcOffset(), false, []);
        return classifier.ClassifyOpen(current, clock.GetUtcNow(), Rules.DueSoonWorkingDays);
    }

    /// <summary>State of an open step or appointment against its due instant.</summary>
    public DeadlineState OpenState(DateTime dueAt)
    {
        var now = clock.GetUtcNow();
        if (now.UtcDateTime > dueAt) return DeadlineState.Overdue;
        return calendar.WorkingTimeBetween(now, dueAt.ToUtcOffset()) <= calendar.Hours.WorkingDayLength * (double)Rules.DueSoonWorkingDays
            ? DeadlineState.DueSoon : DeadlineState.WithinDeadline;
    }

    /// <summary>The instant before which an open appointment is "due soon" (one working day from now by default).</summary>
    public DateTime DueSoonLimit() =>
        calendar.AddWorkingTime(clock.GetUtcNow(), calendar.Hours.WorkingDayLength * (double)Rules.DueSoonWorkingDays).UtcDateTime;

    public DateOnly Today() => DossierClock.LocalDate(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Step due times (DOMAIN.md §11.1): budgets allocated consecutively from the first counted instant; a step
    /// due after a SHIFT pause began moves by the working time that pause consumed.
    /// </summary>
    public IReadOnlyList<DossierStepDue> Steps(Dossier d, IReadOnlyList<ProcedureStep> steps, IEnumerable<DossierPause> pauses)
    {
        if (d.ClockStartsAt is not { } start || steps.Count == 0) return [];
        var due = scheduler.Schedule(start.ToUtcOffset(), [.. steps.Select(s => new Calendar.ProcessingTime(s.Budget, d.ProcessingUnit))]);
        var shifts = pauses.Where(p => p.Effect == PauseEffect.Shift && p.EndedAt is not null)
            .Select(p => (Start: p.StartedAt, Time: calendar.WorkingTimeBetween(p.StartedAt.ToUtcOffset(), p.EndedAt!.Value.ToUtcOffset()))).ToList();
        return [.. steps.Select((s, i) =>
        {
            var at = due[i].DueAt;
            var moved = shifts.Where(x => x.Start < at.UtcDateTime).Aggregate(TimeSpan.Zero, (sum, x) => sum + x.Time);
            var final = moved > TimeSpan.Zero ? calendar.AddWorkingTime(at, moved) : at;
            return new DossierStepDue(s.Ordinal, s.Name, s.Role, due[i].StartsAt.UtcDateTime, final.UtcDateTime);
        })];
    }

    /// <summary>The apology goes out at least <see cref="DossierRules.ApologyLeadWorkingDays"/> working day(s) before the deadline.</summary>
    public Infrastructure.Errors.DomainError? CheckApologyTiming(Dossier d)
    {
        if (d.DueDate is not { } due) return null;
        var latest = due;
        for (var i = 0; i < Rules.ApologyLeadWorkingDays; i++)
        {
            latest = latest.AddDays(-1);
            while (!calendar.IsWorkingDay(latest)) latest = latest.AddDays(-1);
        }
        return Today() > latest ? new TooLateToApologiseError(due, latest) : null;
    }

    public IReadOnlyList<ExplanationLine> Explain(Dossier d, IEnumerable<DossierPause> pauses) => Legal(d, pauses).Explanation;

    private static DossierPause Shifted(DossierPause p) => new()
    {
        Id = p.Id,
        DossierId = p.DossierId,
        Kind = p.Kind,
        Effect = PauseEffect.Shift,
        Reason = p.Reason,
        StartedAt = p.StartedAt,
        EndedAt = p.EndedAt,
    };

    private static Lateness Map(DeadlineState s) => s switch
    {
        DeadlineState.Early => Lateness.Early,
        DeadlineState.OnTime => Lateness.OnTime,
        _ => Lateness.Late,
    };
}

internal static class UtcExtensions
{
    public static DateTimeOffset ToUtcOffset(this DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}

/// <summary>What a dossier's deadline is computed from, besides its pauses.</summary>
public sealed record DeadlineBasis(DateTime ReceivedAt, decimal ProcessingAmount, Calendar.TimeUnit ProcessingUnit, TimeOnly? CutOffHour)
{
    public static DeadlineBasis Of(Dossier d) => new(d.ReceivedAt, d.ProcessingAmount, d.ProcessingUnit, d.CutOffHour);
}
