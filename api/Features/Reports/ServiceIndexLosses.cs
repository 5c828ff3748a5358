using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Infrastructure.Data;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.Reports;

/// <summary>Why a dossier cost points.</summary>
public enum IndexLossReason
{
    // 2.1
    ResolvedLate,
    OpenOverdue,
    MoreThanOneSupplement,

    // 3.3
    NotFiledOnline,

    // 4.3
    NoDigitisedComponent,

    // 3.1
    NotOfferedOnline,

    // 3.2
    NoOnlineDossier,
}

public sealed record IndexLossDossier(Dossier Dossier, IndexLossReason Reason);

public sealed record IndexLossProcedure(ProcedureVersion Version, IndexLossReason Reason);

/// <summary>
/// What one scored indicator lost: <see cref="Count"/> = denominator − numerator, with the first dossiers or procedures
/// behind that gap (bounded; the count is always complete).
/// </summary>
public sealed record IndicatorLoss(string GroupCode, IndexIndicator Indicator, int Count, IReadOnlyList<IndexLossDossier> Dossiers, IReadOnlyList<IndexLossProcedure> Procedures)
{
    public decimal? PointsLost => Indicator.MaxPoints is { } max && Indicator.Points is { } p ? max - p : null;
}

/// <summary>Late internal steps (form 05 rows closed after their due time) by the unit that held the step.</summary>
public sealed record LateStepsByUnit(int UnitId, int LateSteps, int Dossiers);

public sealed record ServiceIndexLossReport(ServiceIndexReport Index, IReadOnlyList<IndicatorLoss> Indicators, IReadOnlyList<LateStepsByUnit> LateSteps);

/// <summary>
/// The drill-down of Decision 766 (DOMAIN.md §4, "keep drill-down to the dossiers that cost points"): for every scored
/// indicator, the dossiers or procedures missing from its numerator, decided by the same rules as
/// <see cref="ServiceIndexService"/> (a test proves each list's size equals the indicator's gap).
/// </summary>
public sealed class ServiceIndexLossService(OneStopDb db, ServiceIndexService index, TimeProvider clock, IOptions<ReportOptions> options)
{
    public async Task<ServiceIndexLossReport> BuildAsync(ReportScope scope, DateOnly from, DateOnly to, string? groupCode, int first, CancellationToken ct)
    {
        var report = await index.BuildAsync(scope, from, to, ct);
        var w = ReportWindow.Of(from, to, clock.GetUtcNow().UtcDateTime);
        var inScope = ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), scope.Path, w, options.Value.ClosedWithoutResultAsOnTime);
        var received = inScope.Where(d => d.ReceivedAt >= w.Start);
        var losses = new List<IndicatorLoss>();
        foreach (var group in report.Groups.Where(g => groupCode is null || g.Code == groupCode))
            foreach (var indicator in group.Indicators.Where(i => i.Points is not null))
            {
                var loss = indicator.Code switch
                {
                    "2.1" => await LateAsync(inScope, w, first, ct),
                    "3.3" => await DossiersAsync(IndexLossQueries.NotOnline(received), IndexLossReason.NotFiledOnline, first, ct),
                    "4.3" => await DossiersAsync(IndexLossQueries.NotDigitised(received), IndexLossReason.NoDigitisedComponent, first, ct),
                    "3.1" => await ProceduresAsync(IndexLossQueries.NotOfferedOnline(db, scope.Path, w), IndexLossReason.NotOfferedOnline, first, ct),
                    "3.2" => await ProceduresAsync(IndexLossQueries.WithoutOnlineDossier(db, scope.Path, w), IndexLossReason.NoOnlineDossier, first, ct),
                    _ => null,
                };
                if (loss is { } l) losses.Add(new IndicatorLoss(group.Code, indicator, l.Count, l.Dossiers, l.Procedures));
            }
        var lateSteps = groupCode is null or "TDGQ" ? await IndexLossQueries.LateSteps(db, inScope, w).ToListAsync(ct) : [];
        return new ServiceIndexLossReport(report, losses, [.. lateSteps.OrderByDescending(s => s.LateSteps).ThenBy(s => s.UnitId)]);
    }

    private sealed record Loss(int Count, IReadOnlyList<IndexLossDossier> Dossiers, IReadOnlyList<IndexLossProcedure> Procedures);

    private static async Task<Loss> DossiersAsync(IQueryable<Dossier> q, IndexLossReason reason, int first, CancellationToken ct) =>
        new(await q.CountAsync(ct), [.. (await q.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id).Take(first).ToListAsync(ct)).Select(d => new IndexLossDossier(d, reason))], []);

    private static async Task<Loss> ProceduresAsync(IQueryable<ProcedureVersion> q, IndexLossReason reason, int first, CancellationToken ct) =>
        new(await q.CountAsync(ct), [], [.. (await q.OrderBy(v => v.Code).Take(first).ToListAsync(ct)).Select(v => new IndexLossProcedure(v, reason))]);

    /// <summary>
    /// 2.1: dossiers without pauses by their cached deadline in SQL; those with pauses replayed by
    /// <see cref="ServiceIndexService.OnTime766(ReplayDossier, ReportWindow)"/>. Longest past the deadline first.
    /// </summary>
    private async Task<Loss> LateAsync(IQueryable<Dossier> inScope, ReportWindow w, int first, CancellationToken ct)
    {
        var plain = IndexLossQueries.LateWithoutPauses(inScope, w);
        var count = await plain.CountAsync(ct);
        var rows = await plain.OrderBy(d => d.LegalAppointmentAt).ThenBy(d => d.Id).Take(first).ToListAsync(ct);
        var late = rows.Select(d => new IndexLossDossier(d, d.FinishedAt < w.AsAt ? IndexLossReason.ResolvedLate : IndexLossReason.OpenOverdue)).ToList();
        await foreach (var d in inScope.Where(d => d.Pauses.Any()).Include(d => d.Pauses).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (index.OnTime766(d, w)) continue;
            count++;
            var supplements = d.Pauses.Count(p => p.StartedAt < w.AsAt && p.Kind == PauseKind.Supplement);
            late.Add(new IndexLossDossier(d, supplements > 1 ? IndexLossReason.MoreThanOneSupplement
                : d.FinishedAt < w.AsAt ? IndexLossReason.ResolvedLate : IndexLossReason.OpenOverdue));
        }
        return new(count, [.. late.OrderBy(l => l.Dossier.LegalAppointmentAt).ThenBy(l => l.Dossier.Id).Take(first)], []);
    }
}

/// <summary>The drill-down statements, one per indicator, so the SQL Server translation test can print each.</summary>
public static class IndexLossQueries
{
    /// <summary>Negation of <see cref="ServiceIndexService"/>'s 2.1 count for dossiers without pauses.</summary>
    public static IQueryable<Dossier> LateWithoutPauses(IQueryable<Dossier> inScope, ReportWindow w) =>
        inScope.Where(d => !d.Pauses.Any()).Where(d => !(d.FinishedAt != null && d.FinishedAt < w.AsAt
            ? (d.Lateness == null ? d.FinishedAt <= d.LegalAppointmentAt : d.Lateness != Lateness.Late)
            : !(d.ProcessingUnit == TimeUnit.WorkingHours ? d.LegalAppointmentAt < w.AsAt : d.LegalDueDate < w.AsAtDay)));

    public static IQueryable<Dossier> NotOnline(IQueryable<Dossier> received) => received.Where(d => d.Channel != IntakeChannel.Online);

    public static IQueryable<Dossier> NotDigitised(IQueryable<Dossier> received) => received.Where(d => !d.Documents.Any(x => x.Digitised));

    /// <summary>3.1's denominator: published procedures in force at the period's end implemented by the scope's units.</summary>
    public static IQueryable<ProcedureVersion> InForce(OneStopDb db, string? path, ReportWindow w)
    {
        var versions = db.ProcedureVersions.AsNoTracking().InForceOn(w.To);
        return path is null ? versions : versions.Where(v => db.ProcedureVersionUnits.Any(u => u.VersionId == v.Id && u.Unit!.Path.StartsWith(path)));
    }

    public static IQueryable<ProcedureVersion> NotOfferedOnline(OneStopDb db, string? path, ReportWindow w) =>
        InForce(db, path, w).Where(v => v.OnlineService == OnlineServiceClass.None);

    public static IQueryable<ProcedureVersion> WithoutOnlineDossier(OneStopDb db, string? path, ReportWindow w) =>
        InForce(db, path, w).Where(v => v.OnlineService != OnlineServiceClass.None && !db.Dossiers.Any(d => d.ProcedureId == v.ProcedureId
            && d.Channel == IntakeChannel.Online && d.ReceivedAt >= w.Start && d.ReceivedAt < w.AsAt && (path == null || d.ReceivingUnitPath.StartsWith(path))));

    /// <summary>Steps closed late in the period, by the unit that held them (the hand-over's sender).</summary>
    public static IQueryable<LateStepsByUnit> LateSteps(OneStopDb db, IQueryable<Dossier> inScope, ReportWindow w) =>
        db.DossierHandovers.AsNoTracking()
            .Where(h => h.StepResult == Lateness.Late && h.FromUnitId != null && h.At >= w.Start && h.At < w.AsAt && inScope.Any(d => d.Id == h.DossierId))
            .GroupBy(h => h.FromUnitId!.Value)
            .Select(g => new LateStepsByUnit(g.Key, g.Count(), g.Select(h => h.DossierId).Distinct().Count()));
}
