namespace OneStop.Api.Features.DeadlineAlerts;

/// <summary><c>DeadlineAlerts</c> settings.</summary>
public sealed class DeadlineAlertOptions
{
    /// <summary>Seconds between scans; 0 disables the background loop (tests call <see cref="DeadlineScanner.ScanOnceAsync"/>).</summary>
    public int ScanSeconds { get; set; } = 5;

    /// <summary>Default warning window, in working hours (one working day).</summary>
    public double WarningHours { get; set; } = 8;

    /// <summary>
    /// Per procedure code: <c>"16h"</c> (working hours) or <c>"20%"</c> (share of the dossier's total working time).
    /// </summary>
    public Dictionary<string, string> Warning { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Working days the applicant has to bring a supplement before SUPPLEMENT_OVERDUE. No national rule fixes it
    /// (DOMAIN.md §1.2 gives none): a setting, to be confirmed per sector.
    /// </summary>
    public int SupplementWorkingDays { get; set; } = 10;

    /// <summary>Dossiers evaluated per scan at most; the rest wait for the next tick.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Catch-up after a start (dossiers not evaluated at their current version): at most this many per scan, taken in id
    /// order from where the previous scan stopped, so no scan evaluates an unbounded backlog; 0 turns the catch-up off.
    /// </summary>
    public int CatchUpSize { get; set; } = 250;

    /// <summary>Catch-up: dossier ids looked at per scan at most (a range of ids), so a sparse backlog is not one long query.</summary>
    public int CatchUpWindow { get; set; } = 100_000;
}
