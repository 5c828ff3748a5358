using OneStop.Api.Features.Dossiers;

namespace OneStop.Api.Features.Reports;

/// <summary>
/// The instants a report is computed at: local days [From, To] as UTC bounds, and the "as at" instant (the end of
/// the period, or now while the period is running). Every column is decided by facts dated before <see cref="AsAt"/>,
/// so a past period gives the same numbers on any later day.
/// </summary>
public sealed record ReportWindow(DateOnly From, DateOnly To, DateTime Start, DateTime End, DateTime AsAt, DateOnly AsAtDay)
{
    public static ReportWindow Of(DateOnly from, DateOnly to, DateTime nowUtc)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - DossierClock.Offset;
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - DossierClock.Offset;
        // While the period runs, everything recorded up to now (inclusive) counts.
        var asAt = nowUtc < end ? DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc).AddTicks(1) : end;
        if (asAt < start) asAt = start;
        // Open dossiers are tested against the last day counted (DOMAIN.md §4.2): due before that day = overdue.
        var day = asAt == end ? to : DossierClock.LocalDate(asAt);
        return new ReportWindow(from, to, start, end, asAt, day);
    }
}
