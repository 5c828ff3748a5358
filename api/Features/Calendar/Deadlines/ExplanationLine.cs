namespace OneStop.Api.Features.Calendar;

public enum ExplanationKind
{
    Received,
    ReceivedOnDayOff,
    OutsideOfficeHours,
    AfterCutOff,
    DayOfReceiptNotCounted,
    SkippedDay,
    PauseShifted,
    PauseRestarted,
    PauseOpen,
    PauseIgnored,
    PeriodEndsOnDayOff,
    Appointment,
}

// One structured step of the "why is the deadline X?" trace (DOMAIN §11.2.1). Date is the day the line
// is about; the optional fields carry what the kind needs; ToText renders "vi" (default) or "en".
public sealed record ExplanationLine(ExplanationKind Kind, DateOnly Date)
{
    public DateTimeOffset? At { get; init; }

    public DayOff? DayOff { get; init; }

    public string? PauseReason { get; init; }

    public DateOnly? Until { get; init; }

    public decimal? Amount { get; init; }

    public TimeUnit? Unit { get; init; }

    public TimeOnly? CutOff { get; init; }

    public string ToText(string culture = "vi") => ExplanationText.Render(this, culture);
}
