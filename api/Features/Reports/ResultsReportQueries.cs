using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Data;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.Reports;

/// <summary>Counts of one (receiving unit, procedure, field) cell, straight from SQL; <see cref="DueByCache"/> before pause corrections.</summary>
public sealed record ResultCounts(int UnitId, int ProcedureId, int FieldId, int Total, int Online, int DirectOrPostal, int CarriedOver,
    int Resolved, int Early, int OnTime, int Late, int InProgress, int DueByCache);

public sealed record AffectedCounts(int UnitId, int ProcedureId, int FieldId, int DueByCache);

/// <summary>
/// II.06a set-based: GROUP BY (unit, procedure, field) with conditional sums, plus a second grouped statement for
/// the open dossiers whose pause ledger decides their state. Cells are rolled up to the requested grouping
/// afterwards (a few thousand at most, never the dossiers).
/// </summary>
public static class ResultsReportQueries
{
    /// <summary>Dossiers in the report: received for processing (a deadline was set) by the as-at instant and not closed before the period.</summary>
    public static IQueryable<Dossier> InScope(IQueryable<Dossier> dossiers, string? unitPath, ReportWindow w, bool closedAsOnTime)
    {
        var q = dossiers.Where(d => d.LegalAppointmentAt != null && d.ReceivedAt < w.AsAt && (d.FinishedAt == null || d.FinishedAt >= w.Start));
        if (unitPath is not null) q = q.Where(d => d.ReceivingUnitPath.StartsWith(unitPath));
        if (!closedAsOnTime)
            q = q.Where(d => !((d.Status == DossierStatus.Withdrawn || d.Status == DossierStatus.Stopped) && d.FinishedAt < w.AsAt));
        return q;
    }

    public static IQueryable<ResultCounts> Counts(IQueryable<Dossier> inScope, ReportWindow w) =>
        inScope.GroupBy(d => new { d.ReceivingUnitId, d.ProcedureId, d.FieldId }).Select(g => new ResultCounts(
            g.Key.ReceivingUnitId,
            g.Key.ProcedureId,
            g.Key.FieldId,
            g.Count(),
            g.Sum(d => d.ReceivedAt >= w.Start && d.Channel == IntakeChannel.Online ? 1 : 0),
            g.Sum(d => d.ReceivedAt >= w.Start && d.Channel != IntakeChannel.Online ? 1 : 0),
            g.Sum(d => d.ReceivedAt < w.Start ? 1 : 0),
            g.Sum(d => d.FinishedAt != null && d.FinishedAt < w.AsAt ? 1 : 0),
            g.Sum(d => d.FinishedAt != null && d.FinishedAt < w.AsAt && d.Lateness == Lateness.Early ? 1 : 0),
            g.Sum(d => d.FinishedAt != null && d.FinishedAt < w.AsAt && (d.Lateness == null || d.Lateness == Lateness.OnTime) ? 1 : 0),
            g.Sum(d => d.FinishedAt != null && d.FinishedAt < w.AsAt && d.Lateness == Lateness.Late ? 1 : 0),
            g.Sum(d => d.FinishedAt == null || d.FinishedAt >= w.AsAt ? 1 : 0),
            g.Sum(d => (d.FinishedAt == null || d.FinishedAt >= w.AsAt)
                && (d.ProcessingUnit == TimeUnit.WorkingHours ? d.LegalAppointmentAt < w.AsAt : d.LegalDueDate < w.AsAtDay) ? 1 : 0)));

    /// <summary>
    /// Open dossiers the cached deadline cannot classify: paused at the as-at instant (within deadline, DOMAIN.md §3.1
    /// convention) or moved by a pause that began after it (replayed). Filtered with EXISTS, which SQL Server accepts
    /// in WHERE but not inside SUM; returned per cell with how many of them the cached deadline calls overdue.
    /// </summary>
    public static IQueryable<AffectedCounts> Affected(OneStopDb db, IQueryable<Dossier> inScope, ReportWindow w) =>
        inScope.Where(d => (d.FinishedAt == null || d.FinishedAt >= w.AsAt)
                && (db.DossierPauses.Any(p => p.DossierId == d.Id && p.StartedAt >= w.AsAt && p.Effect != PauseEffect.None)
                    || db.DossierPauses.Any(p => p.DossierId == d.Id && p.StartedAt < w.AsAt && (p.EndedAt == null || p.EndedAt >= w.AsAt)
                        && (p.Effect != PauseEffect.None || p.Kind == PauseKind.Supplement))))
            .GroupBy(d => new { d.ReceivingUnitId, d.ProcedureId, d.FieldId })
            .Select(g => new AffectedCounts(g.Key.ReceivingUnitId, g.Key.ProcedureId, g.Key.FieldId,
                g.Sum(d => d.ProcessingUnit == TimeUnit.WorkingHours ? (d.LegalAppointmentAt < w.AsAt ? 1 : 0) : (d.LegalDueDate < w.AsAtDay ? 1 : 0))));

    /// <summary>
    /// Open, unpaused dossiers whose cached deadline moved because of a pause that began after the as-at instant:
    /// their deadline as it stood then is replayed from the pause ledger (few rows, loaded with their pauses).
    /// </summary>
    public static IQueryable<Dossier> ReplayCandidates(OneStopDb db, IQueryable<Dossier> inScope, ReportWindow w) =>
        inScope.Where(d => !(d.FinishedAt != null && d.FinishedAt < w.AsAt)
                && db.DossierPauses.Any(p => p.DossierId == d.Id && p.StartedAt >= w.AsAt && p.Effect != PauseEffect.None)
                && !db.DossierPauses.Any(p => p.DossierId == d.Id && p.StartedAt < w.AsAt && (p.EndedAt == null || p.EndedAt >= w.AsAt)
                    && (p.Effect != PauseEffect.None || p.Kind == PauseKind.Supplement)))
            .Include(d => d.Pauses);
}
