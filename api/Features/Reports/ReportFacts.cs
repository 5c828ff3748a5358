using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Data;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.Reports;

/// <summary>
/// One dossier in a report's scope, classified for the report's window by the database: only the columns of the covering
/// index <c>IX_Dossiers_Report</c> (FinishedAt, ReceivedAt, …) are read, so the scan touches the index alone and only the
/// dossiers not closed before the period (a year ≈ 60,000 of 1,000,000). Dates are compared in SQL and come back as
/// bit flags in one integer: parsing 60,000 × 4 date strings and 3 enum names in .NET would cost more than the scan itself. InPeriod: received
/// on or after the period's start (else carried over); Resolved: closed before the as-at instant; Due: past the cached
/// legal deadline at the as-at instant (DOMAIN.md §4.2: due before the last day counted); FinishedByLegal: closed no
/// later than the legal appointment (Decision 766 when no lateness is recorded).
/// </summary>
public sealed record ReportFact(long Id, int UnitId, int ProcedureId, int FieldId, int Flags)
{
    // One bit per flag: each column read costs a native call per row, so eight flags travel as one integer.
    public const int InPeriodBit = 1, OnlineBit = 2, ResolvedBit = 4, EarlyBit = 8, LateBit = 16, NoLatenessBit = 32, DueBit = 64, FinishedByLegalBit = 128;

    public (int UnitId, int ProcedureId, int FieldId) Cell => (UnitId, ProcedureId, FieldId);
    public bool InPeriod => (Flags & InPeriodBit) != 0;
    public bool Online => (Flags & OnlineBit) != 0;
    public bool Resolved => (Flags & ResolvedBit) != 0;
    public bool Early => (Flags & EarlyBit) != 0;
    public bool Late => (Flags & LateBit) != 0;
    public bool NoLateness => (Flags & NoLatenessBit) != 0;
    public bool Due => (Flags & DueBit) != 0;
    public bool FinishedByLegal => (Flags & FinishedByLegalBit) != 0;
}

/// <summary>A dossier as the deadline replays see it.</summary>
public sealed record ReplayDossier(int UnitId, int ProcedureId, int FieldId, DeadlineBasis Basis, DateTime? FinishedAt, List<DossierPause> Pauses)
{
    public (int UnitId, int ProcedureId, int FieldId) Cell => (UnitId, ProcedureId, FieldId);

    public static ReplayDossier Of(Dossier d) => new(d.ReceivingUnitId, d.ProcedureId, d.FieldId, DeadlineBasis.Of(d), d.FinishedAt, d.Pauses);
}

/// <summary>The columns of a dossier its deadline replay needs (cell, deadline basis, end).</summary>
public sealed record ReplayBasis(long Id, int UnitId, int ProcedureId, int FieldId, DeadlineBasis Basis, DateTime? FinishedAt);

/// <summary>
/// The reports' reads, shaped for SQLite's planner and SQL Server alike: a narrow projection of the in-scope dossiers
/// (no GROUP BY, which would tempt the planner into walking a unit index over every row) aggregated in memory, and the
/// few pauses that matter at the as-at instant. The set-based statements in <see cref="ResultsReportQueries"/> compute the
/// same numbers directly; tests compare both.
/// </summary>
public static class ReportFacts
{
    public static IQueryable<ReportFact> Of(IQueryable<Dossier> inScope, ReportWindow w) =>
        inScope.Select(d => new ReportFact(d.Id, d.ReceivingUnitId, d.ProcedureId, d.FieldId,
            (d.ReceivedAt >= w.Start ? ReportFact.InPeriodBit : 0)
            + (d.Channel == IntakeChannel.Online ? ReportFact.OnlineBit : 0)
            + (d.FinishedAt != null && d.FinishedAt < w.AsAt ? ReportFact.ResolvedBit : 0)
            + (d.Lateness == Lateness.Early ? ReportFact.EarlyBit : 0)
            + (d.Lateness == Lateness.Late ? ReportFact.LateBit : 0)
            + (d.Lateness == null ? ReportFact.NoLatenessBit : 0)
            + ((d.ProcessingUnit == TimeUnit.WorkingHours ? d.LegalAppointmentAt < w.AsAt : d.LegalDueDate < w.AsAtDay) ? ReportFact.DueBit : 0)
            + (d.FinishedAt <= d.LegalAppointmentAt ? ReportFact.FinishedByLegalBit : 0)));

    /// <summary>
    /// The pauses of the in-scope dossiers, flat (a join, one row per pause), with the columns the replays and the
    /// as-at tests read (not the long texts such as the missing items). It reads no dossier column outside the
    /// covering index, so SQLite keeps the facts' plan (a MULTI-INDEX OR over <c>IX_Dossiers_Report</c>, then one seek in
    /// <c>IX_DossierPauses_DossierId_StartedAt</c> per dossier); asking for the processing time as well made it walk
    /// <c>IX_Dossiers_ReceivedAt</c> and the table over every dossier received before the as-at instant.
    /// </summary>
    public static IQueryable<DossierPause> Ledger(IQueryable<Dossier> inScope, OneStopDb db) =>
        inScope.Join(db.DossierPauses.AsNoTracking(), d => d.Id, p => p.DossierId, (d, p) => new DossierPause
        {
            Id = p.Id,
            DossierId = p.DossierId,
            Kind = p.Kind,
            Effect = p.Effect,
            Reason = p.Reason,
            StartedAt = p.StartedAt,
            EndedAt = p.EndedAt,
        });

    /// <summary>The replay columns of the given dossiers (primary-key seeks); the ids go as one (JSON) parameter, however many.</summary>
    public static IQueryable<ReplayBasis> Bases(OneStopDb db, IReadOnlyList<long> ids) =>
        db.Dossiers.AsNoTracking().Where(d => EF.Parameter(ids).Contains(d.Id)).Select(d => new ReplayBasis(d.Id, d.ReceivingUnitId, d.ProcedureId, d.FieldId,
            new DeadlineBasis(d.ReceivedAt, d.ProcessingAmount, d.ProcessingUnit, d.CutOffHour), d.FinishedAt));

    /// <summary>Held at the as-at instant: open then, and holding the clock (or a supplement request).</summary>
    public static bool HeldAt(DossierPause p, ReportWindow w) =>
        p.StartedAt < w.AsAt && (p.EndedAt == null || p.EndedAt >= w.AsAt) && (p.Effect != PauseEffect.None || p.Kind == PauseKind.Supplement);

    /// <summary>Begun after the as-at instant and moving the deadline: the cached deadline is not the one that stood then.</summary>
    public static bool MovedAfter(DossierPause p, ReportWindow w) => p.StartedAt >= w.AsAt && p.Effect != PauseEffect.None;

    /// <summary>Dossiers (by id, within [<paramref name="minId"/>, <paramref name="maxId"/>]) with a digitised document; index (Digitised, DossierId).</summary>
    public static IQueryable<long> Digitised(OneStopDb db, long minId, long maxId)
    {
        // Compared with a parameter, not tested as a bare boolean: `Digitised = @p` lets SQLite seek the (Digitised,
        // DossierId) index; a bare `WHERE "Digitised" AND …` made it walk every document in the id range (57 ms cold at 1M).
        var digitised = true;
        return db.DossierDocuments.AsNoTracking().Where(x => x.Digitised == digitised && x.DossierId >= minId && x.DossierId <= maxId)
            .Select(x => x.DossierId).Distinct();
    }

    /// <summary>
    /// The columns the replays need (deadline basis, end, cell) with the pause ledger, not whole dossiers; the ids go as
    /// one (JSON) parameter, however many.
    /// </summary>
    public static IQueryable<ReplayDossier> WithPauses(OneStopDb db, IReadOnlyList<long> ids) =>
        db.Dossiers.AsNoTracking().Where(d => EF.Parameter(ids).Contains(d.Id)).Select(d => new ReplayDossier(d.ReceivingUnitId, d.ProcedureId, d.FieldId,
            new DeadlineBasis(d.ReceivedAt, d.ProcessingAmount, d.ProcessingUnit, d.CutOffHour), d.FinishedAt, d.Pauses.ToList()));
}
