namespace OneStop.Api.Features.Calendar;

// Derives the appointment from receipt + calendar + pause ledger; never stores an overwritten date
// (DOMAIN §11.1). Open pauses are counted up to "now" from the injected TimeProvider (R15).
public sealed partial class DeadlineCalculator(WorkingCalendar calendar, TimeProvider timeProvider)
{
    public DeadlineCalculator(WorkingCalendar calendar)
        : this(calendar, TimeProvider.System)
    {
    }

    public DeadlineResult Calculate(DeadlineRequest request) => Calculate(request, explain: true);

    /// <summary>
    /// The same deadline without its explanation (empty <see cref="DeadlineResult.Explanation"/>): for callers that
    /// replay many dossiers and read only the instants, such as the reports.
    /// </summary>
    internal DeadlineResult CalculateDue(DeadlineRequest request) => Calculate(request, explain: false);

    private DeadlineResult Calculate(DeadlineRequest request, bool explain)
    {
        Validate(request);
        List<ExplanationLine>? lines = explain
            ? [new(ExplanationKind.Received, LocalDate(request.ReceivedAt)) { At = calendar.ToLocal(request.ReceivedAt) }]
            : null;
        var origin = EffectiveReception(request.ReceivedAt, request.CutOff, lines);
        var shift = new Shift(0, TimeSpan.Zero);
        var due = Due(origin, request.ProcessingTime, shift);
        var provisional = false;

        foreach (var pause in (request.Pauses ?? []).OrderBy(p => p.Start))
        {
            if (pause.Start >= due.At)
            {
                lines?.Add(new(ExplanationKind.PauseIgnored, LocalDate(pause.Start)) { PauseReason = pause.Reason });
                continue;
            }

            var end = pause.End ?? Max(timeProvider.GetUtcNow(), pause.Start);
            if (pause.End is null)
            {
                provisional = true;
                lines?.Add(new(ExplanationKind.PauseOpen, LocalDate(pause.Start)) { PauseReason = pause.Reason, Until = LocalDate(end) });
            }

            if (pause.Policy == PausePolicy.Restart)
            {
                // Decree 107/2021 (DOMAIN §1.2, MED-LOW): the supplement is a new reception; same rules apply.
                origin = EffectiveReception(end, request.CutOff, lines);
                shift = new Shift(0, TimeSpan.Zero);
                lines?.Add(new(ExplanationKind.PauseRestarted, LocalDate(pause.Start)) { PauseReason = pause.Reason, Until = LocalDate(end), At = calendar.ToLocal(origin) });
            }
            else
            {
                var consumed = Consumed(Max(pause.Start, origin), end, request.ProcessingTime.Unit);
                shift = shift with { Days = shift.Days + consumed.Days, Time = shift.Time + consumed.Time };
                lines?.Add(new(ExplanationKind.PauseShifted, LocalDate(pause.Start))
                {
                    PauseReason = pause.Reason,
                    Until = LocalDate(end),
                    Unit = request.ProcessingTime.Unit,
                    Amount = request.ProcessingTime.Unit == TimeUnit.WorkingHours ? (decimal)consumed.Time.TotalHours : consumed.Days,
                });
            }

            due = Due(origin, request.ProcessingTime, shift);
        }

        if (lines is null)
        {
            return new DeadlineResult(due.At, due.Date, request.ProcessingTime.Unit, due.ClockStartsAt, provisional, []);
        }

        lines.AddRange(SkippedDays(origin, due, request.ProcessingTime.Unit));
        lines.Add(new(ExplanationKind.Appointment, due.Date) { At = due.At });
        // Stable sort: events of one day keep the order they were recorded in.
        var explanation = lines.OrderBy(l => l.Date).ToList();
        return new DeadlineResult(due.At, due.Date, request.ProcessingTime.Unit, due.ClockStartsAt, provisional, explanation);
    }

    private static void Validate(DeadlineRequest request)
    {
        var time = request.ProcessingTime;
        ArgumentOutOfRangeException.ThrowIfNegative(time.Amount, nameof(request));
        if (time.Unit == TimeUnit.CalendarDays && time.Amount != decimal.Truncate(time.Amount))
        {
            throw new ArgumentException("A period in calendar days must be a whole number of days.", nameof(request));
        }

        var previousEnd = request.ReceivedAt;
        foreach (var pause in (request.Pauses ?? []).OrderBy(p => p.Start))
        {
            if (pause.Start < previousEnd || pause.End < pause.Start)
            {
                throw new ArgumentException("Pauses must start after receipt, end after they start and not overlap.", nameof(request));
            }

            previousEnd = pause.End ?? DateTimeOffset.MaxValue;
        }
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(calendar.ToLocal(instant).DateTime);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private readonly record struct Shift(int Days, TimeSpan Time);

    private readonly record struct DueAt(DateOnly Date, DateTimeOffset At, DateTimeOffset ClockStartsAt, DateOnly NominalLast);
}
