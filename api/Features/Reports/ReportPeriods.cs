namespace OneStop.Api.Features.Reports;

/// <summary>Official reporting periods (DOMAIN.md §3.2, MED).</summary>
public enum ReportPeriodKind
{
    Quarter,
    HalfYear,
    Year,
}

/// <summary>A closed range of local days.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To);

/// <summary>Report settings (<c>Reports</c> section); both are unverified or local conventions, so they are configurable.</summary>
public sealed class ReportOptions
{
    // Decree 09/2019 cut-off (MED-LOW, DOMAIN.md §3.2, §13): the 15th of the last month of the previous period to
    // the 14th of the last month of the reporting one. 1 means calendar periods (1 Jan – 31 Mar, …).
    public int CutOffDay { get; set; } = 15;

    // Local convention (DOMAIN.md §3.1): withdrawn or stopped dossiers count as resolved on time; when false they are
    // left out of every column once closed (the checks hold either way).
    public bool ClosedWithoutResultAsOnTime { get; set; } = true;

    // Decision 766 sub-indicator points are UNVERIFIED (DOMAIN.md §4.1): only group maxima are known.
    public bool ShowUnverifiedSplit { get; set; } = true;
}

/// <summary>Period helpers: quarter, six months and year, with the configurable cut-off day.</summary>
public static class ReportPeriods
{
    /// <summary>
    /// The period <paramref name="number"/> (quarter 1–4, half 1–2; ignored for a year) of <paramref name="year"/>. With
    /// cut-off day 15: Q1 2026 = 15 Dec 2025 – 14 Mar 2026, first half = 15 Dec – 14 Jun, year = 15 Dec – 14 Dec.
    /// </summary>
    public static ReportPeriod Of(ReportPeriodKind kind, int year, int number, int cutOffDay)
    {
        if (cutOffDay is < 1 or > 28) throw new ArgumentOutOfRangeException(nameof(cutOffDay), cutOffDay, "The cut-off day must be 1 to 28.");
        var (months, index) = kind switch
        {
            ReportPeriodKind.Quarter => (3, number is >= 1 and <= 4 ? number : throw new ArgumentOutOfRangeException(nameof(number), number, "Quarter 1–4.")),
            ReportPeriodKind.HalfYear => (6, number is >= 1 and <= 2 ? number : throw new ArgumentOutOfRangeException(nameof(number), number, "Half 1–2.")),
            _ => (12, 1),
        };
        // Last month of the period (1-based), then the day after the previous period's end.
        var lastMonth = new DateOnly(year, 1, 1).AddMonths((index * months) - 1);
        var endExclusive = cutOffDay == 1 ? lastMonth.AddMonths(1) : new DateOnly(lastMonth.Year, lastMonth.Month, cutOffDay);
        var start = endExclusive.AddMonths(-months);
        return new ReportPeriod(start, endExclusive.AddDays(-1));
    }
}
