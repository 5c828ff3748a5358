namespace OneStop.Api.Features.Dossiers;

/// <summary>Local dates of stored UTC instants: Vietnam is UTC+7 all year (no daylight saving, DOMAIN.md §8.2).</summary>
public static class DossierClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    public static DateTime Utc(DateTimeOffset instant) => instant.UtcDateTime;

    /// <summary>Step result as on form 05: early on a day before the due day, late after the due instant, else on time.</summary>
    public static Lateness Classify(DateTime finishedAt, DateTime dueAt) =>
        finishedAt > dueAt ? Lateness.Late : LocalDate(finishedAt) < LocalDate(dueAt) ? Lateness.Early : Lateness.OnTime;
}
