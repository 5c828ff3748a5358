using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Data;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.Reports;

/// <summary>
/// One dossier in a report's scope, as the reports read it: only the columns of the covering index
/// <c>IX_Dossiers_Report</c> (FinishedAt, ReceivedAt, …), so the scan touches the index alone and only the dossiers
/// not closed before the period (a year ≈ 60,000 of 1,000,000), never the table.
/// </summary>
public sealed record ReportFact(long Id, int UnitId, int ProcedureId, int FieldId, DateTime ReceivedAt, IntakeChannel Channel,
    DateTime? FinishedAt, Lateness? Lateness, TimeUnit ProcessingUnit, DateTime? LegalAppointmentAt, DateOnly? LegalDueDate)
{
    public (int UnitId, int ProcedureId, int FieldId) Cell => (UnitId, ProcedureId, FieldId);

    /// <summary>Closed before the as-at instant.</summary>
    public bool ResolvedBy(ReportWindow w) => FinishedAt < w.AsAt;

    /// <summary>Past the cached legal deadline at the as-at instant (DOMAIN.md §4.2: due before the last day counted).</summary>
    public bool DueBy(ReportWindow w) => ProcessingUnit == TimeUnit.WorkingHours ? LegalAppointmentAt < w.AsAt : LegalDueDate < w.AsAtDay;
}

/// <summary>A pause that decides an open dossier's state at the as-at instant: held then, or begun after it and moving the deadline.</summary>
public sealed record ReportPause(long DossierId, bool HeldAtAsAt);

/// <summary>
/// The reports' reads, shaped for SQLite's planner and SQL Server alike: a narrow projection of the in-scope dossiers
/// (no GROUP BY, which would tempt the planner into walking a unit index over every row) aggregated in memory, and the
/// few pauses that matter at the as-at instant. The set-based statements in <see cref="ResultsReportQueries"/> compute the
/// same numbers directly; tests compare both.
/// </summary>
public static class ReportFacts
{
    public static IQueryable<ReportFact> Of(IQueryable<Dossier> inScope) =>
        inScope.Select(d => new ReportFact(d.Id, d.ReceivingUnitId, d.ProcedureId, d.FieldId, d.ReceivedAt, d.Channel, d.FinishedAt, d.Lateness,
            d.ProcessingUnit, d.LegalAppointmentAt, d.LegalDueDate));

    /// <summary>Pauses open at the as-at instant that hold the clock (or a supplement request), and pauses begun after it that move the deadline.</summary>
    public static IQueryable<ReportPause> PausesAt(OneStopDb db, ReportWindow w) =>
        db.DossierPauses.AsNoTracking()
            .Where(p => (p.StartedAt >= w.AsAt && p.Effect != PauseEffect.None)
                || (p.StartedAt < w.AsAt && (p.EndedAt == null || p.EndedAt >= w.AsAt) && (p.Effect != PauseEffect.None || p.Kind == PauseKind.Supplement)))
            .Select(p => new ReportPause(p.DossierId, p.StartedAt < w.AsAt));

    /// <summary>Dossiers (by id) that have any pause at all: their Decision 766 deadline is replayed from the ledger.</summary>
    public static IQueryable<long> Paused(OneStopDb db) => db.DossierPauses.AsNoTracking().Select(p => p.DossierId).Distinct();

    /// <summary>Dossiers (by id, within [<paramref name="minId"/>, <paramref name="maxId"/>]) with a digitised document; index (Digitised, DossierId).</summary>
    public static IQueryable<long> Digitised(OneStopDb db, long minId, long maxId) =>
        db.DossierDocuments.AsNoTracking().Where(x => x.Digitised && x.DossierId >= minId && x.DossierId <= maxId).Select(x => x.DossierId).Distinct();

    /// <summary>Whole dossiers with their pause ledger, for the replays (a few per report).</summary>
    public static IQueryable<Dossier> WithPauses(OneStopDb db, IReadOnlyList<long> ids) =>
        db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).Include(d => d.Pauses);
}
