using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.Reports;

/// <summary>Where a report looks: the unit's subtree (null path = the province) and the name printed on it.</summary>
public sealed record ReportScope(string? Path, string? UnitCode, string UnitName);

/// <summary>Builds form II.06a for a period and a unit subtree, "as at" the end of the period (DOMAIN.md §3).</summary>
public sealed class ResultsReportService(OneStopDb db, DossierDeadlines deadlines, TimeProvider clock, IOptions<ReportOptions> options, ReportCache cache)
{
    /// <summary>
    /// The unit subtree the viewer may report on: the named unit if visible, else the viewer's own unit; province-wide
    /// roles default to the province. Null when the unit is unknown or outside the viewer's subtree.
    /// </summary>
    public async Task<ReportScope?> ScopeAsync(Viewer viewer, string? unitCode, CancellationToken ct)
    {
        Unit? unit = null;
        if (!string.IsNullOrWhiteSpace(unitCode))
            unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, ct);
        else if (!viewer.IsProvinceWide && viewer.UnitId is { } own)
            unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == own, ct);
        if (unit is null)
        {
            if (!string.IsNullOrWhiteSpace(unitCode) || !viewer.IsProvinceWide) return null;
            var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
            return new ReportScope(null, root?.Code, root?.Name ?? "Toàn tỉnh");
        }
        return viewer.CanSeeUnitPath(unit.Path) ? new ReportScope(unit.Path, unit.Code, unit.Name) : null;
    }

    /// <summary>The report; over a completed period served from <see cref="ReportCache"/> while no input changed.</summary>
    public Task<ResultsReport> BuildAsync(ReportScope scope, DateOnly from, DateOnly to, ReportGrouping groupBy, CancellationToken ct)
    {
        var w = ReportWindow.Of(from, to, clock.GetUtcNow().UtcDateTime);
        var closedAsOnTime = options.Value.ClosedWithoutResultAsOnTime;
        var key = ("II.06a", scope, from, to, groupBy, closedAsOnTime);
        return cache.GetOrBuildAsync(db, w, key, async () => await FromAsync(await cache.SnapshotAsync(db, scope.Path, w, closedAsOnTime, ct), scope, w, groupBy, ct), ct);
    }

    /// <summary>The report computed from the database, never cached.</summary>
    public async Task<ResultsReport> ComputeAsync(ReportScope scope, ReportWindow w, ReportGrouping groupBy, CancellationToken ct) =>
        await FromAsync(await ReportSnapshot.ReadAsync(db, scope.Path, w, options.Value.ClosedWithoutResultAsOnTime, ct), scope, w, groupBy, ct);

    private async Task<ResultsReport> FromAsync(ReportSnapshot snapshot, ReportScope scope, ReportWindow w, ReportGrouping groupBy, CancellationToken ct)
    {
        var (from, to) = (w.From, w.To);
        var tallies = new Dictionary<(int, int, int), CellTally>();
        var replay = new List<long>();
        foreach (var f in snapshot.Facts)
        {
            if (!tallies.TryGetValue(f.Cell, out var t)) tallies[f.Cell] = t = new CellTally();
            // Open at the as-at instant: a held pause keeps it within the deadline (DOMAIN.md §3.1 convention); a pause begun
            // later moved the cached deadline, so the deadline as it stood then is replayed; else the cached deadline decides.
            var open = !f.Resolved;
            var pauses = snapshot.PausesOf(f.Id);
            var held = pauses.Any(p => ReportFacts.HeldAt(p, w));
            var moved = pauses.Any(p => ReportFacts.MovedAfter(p, w));
            t.Add(f, overdue: open && !held && !moved && f.Due);
            if (open && !held && moved) replay.Add(f.Id);
        }
        foreach (var d in await snapshot.ReplaysAsync(db, replay, ct))
            if (OverdueAt(d, w)) tallies[d.Cell].Overdue++;
        var cells = tallies.Select(c => (c.Key.Item1, c.Key.Item2, c.Key.Item3, Row: c.Value.Row())).ToList();

        var labels = await LabelsAsync(cells, groupBy, ct);
        var rows = cells.GroupBy(c => labels.KeyOf(c))
            .Select(g => g.Aggregate(ResultsRow.Empty(labels.Label(g.Key), labels.Code(g.Key)), (row, c) => row.Plus(c.Row)))
            .OrderBy(r => r.Code ?? r.Label, StringComparer.Ordinal).ToList();
        var total = rows.Aggregate(ResultsRow.Empty("Tổng số", null), (t, r) => t.Plus(r));
        // DOMAIN.md §3.1: the checks are asserted in code; a failure is a bug, not a user error.
        foreach (var r in rows.Append(total))
            if (r.Violations() is { Count: > 0 } broken)
                throw new InvalidOperationException($"II.06a check {string.Join(", ", broken)} fails for row '{r.Label}'.");
        return new ResultsReport(from, to, w.AsAt, scope.UnitName, scope.UnitCode, groupBy, rows, total);
    }

    /// <summary>
    /// The same cells computed directly in SQL (GROUP BY with conditional sums, <see cref="ResultsReportQueries"/>): the
    /// reference the in-memory aggregation of <see cref="BuildAsync"/> is tested against.
    /// </summary>
    public async Task<IReadOnlyDictionary<(int UnitId, int ProcedureId, int FieldId), ResultsRow>> CellsInSqlAsync(ReportScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var w = ReportWindow.Of(from, to, clock.GetUtcNow().UtcDateTime);
        var inScope = ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), scope.Path, w, options.Value.ClosedWithoutResultAsOnTime);
        var counts = await ResultsReportQueries.Counts(inScope, w).ToListAsync(ct);
        var affected = (await ResultsReportQueries.Affected(db, inScope, w).ToListAsync(ct)).ToDictionary(a => (a.UnitId, a.ProcedureId, a.FieldId), a => a.DueByCache);
        var candidates = await ResultsReportQueries.ReplayCandidates(db, inScope, w).Select(d => d.Id).ToListAsync(ct);
        var replayed = await ReplayAsync(candidates, w, ct);
        // Overdue = by the cached deadline, minus the pause-affected ones, plus those the replay finds overdue.
        return counts.ToDictionary(c => (c.UnitId, c.ProcedureId, c.FieldId), c =>
        {
            var key = (c.UnitId, c.ProcedureId, c.FieldId);
            var overdue = c.DueByCache - affected.GetValueOrDefault(key) + replayed.GetValueOrDefault(key);
            return new ResultsRow("", null, c.Total, c.Online, c.DirectOrPostal, c.CarriedOver,
                c.Resolved, c.Early, c.OnTime, c.Late, c.InProgress, c.InProgress - overdue, overdue);
        });
    }

    /// <summary>Overdue count per cell among the dossiers whose deadline is replayed as it stood at the as-at instant.</summary>
    private async Task<Dictionary<(int, int, int), int>> ReplayAsync(List<long> ids, ReportWindow w, CancellationToken ct)
    {
        var result = new Dictionary<(int, int, int), int>();
        if (ids.Count == 0) return result;
        await foreach (var d in ReportFacts.WithPauses(db, ids).AsAsyncEnumerable().WithCancellation(ct))
            if (OverdueAt(d, w)) result[d.Cell] = result.GetValueOrDefault(d.Cell) + 1;
        return result;
    }

    /// <summary>Overdue at the as-at instant by the legal deadline as it stood then (the pauses begun before it).</summary>
    private bool OverdueAt(ReplayDossier d, ReportWindow w)
    {
        var asAt = deadlines.LegalDue(d.Basis, d.Pauses.Where(p => p.StartedAt < w.AsAt));
        return d.Basis.ProcessingUnit == TimeUnit.WorkingHours ? asAt.AppointmentAt.UtcDateTime < w.AsAt : asAt.DueDate < w.AsAtDay;
    }

    /// <summary>Columns 3–13 of one (unit, procedure, field) cell, counted one fact at a time.</summary>
    private sealed class CellTally
    {
        private int _total, _online, _direct, _carried, _early, _onTime, _late, _open;

        public int Overdue { get; set; }

        public void Add(ReportFact f, bool overdue)
        {
            _total++;
            if (!f.InPeriod) _carried++;
            else if (f.Online) _online++;
            else _direct++;
            if (!f.Resolved) _open++;
            else if (f.Early) _early++;
            else if (f.Late) _late++;
            else _onTime++;
            if (overdue) Overdue++;
        }

        public ResultsRow Row() => new("", null, _total, _online, _direct, _carried, _early + _onTime + _late, _early, _onTime, _late, _open, _open - Overdue, Overdue);
    }

    private async Task<RowLabels> LabelsAsync(IReadOnlyList<(int UnitId, int ProcedureId, int FieldId, ResultsRow Row)> cells, ReportGrouping groupBy, CancellationToken ct)
    {
        switch (groupBy)
        {
            case ReportGrouping.Unit:
            case ReportGrouping.Level:
                {
                    var ids = cells.Select(c => c.UnitId).Distinct().ToList();
                    var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
                    return groupBy == ReportGrouping.Unit
                        ? new RowLabels(c => c.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            k => units.TryGetValue(int.Parse(k, System.Globalization.CultureInfo.InvariantCulture), out var u) ? u.Name : k,
                            k => units.TryGetValue(int.Parse(k, System.Globalization.CultureInfo.InvariantCulture), out var u) ? u.Code : k)
                        : new RowLabels(c => LevelOf(units.GetValueOrDefault(c.UnitId)?.Kind), LevelName, k => k);
                }
            case ReportGrouping.Procedure:
                {
                    var ids = cells.Select(c => c.ProcedureId).Distinct().ToList();
                    var versions = await db.ProcedureVersions.AsNoTracking().Where(v => ids.Contains(v.ProcedureId))
                        .Select(v => new { v.ProcedureId, v.Code, v.Number, v.Name }).ToListAsync(ct);
                    var latest = versions.GroupBy(v => v.ProcedureId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
                    return new RowLabels(c => c.ProcedureId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        k => latest.TryGetValue(int.Parse(k, System.Globalization.CultureInfo.InvariantCulture), out var v) ? v.Name : k,
                        k => latest.TryGetValue(int.Parse(k, System.Globalization.CultureInfo.InvariantCulture), out var v) ? v.Code : k);
                }
            default:
                {
                    var ids = cells.Select(c => c.FieldId).Distinct().ToList();
                    var fields = await db.ProcedureFields.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
                    return new RowLabels(c => c.FieldId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        k => fields.TryGetValue(int.Parse(k, System.Globalization.CultureInfo.InvariantCulture), out var f) ? f.Name : k,
                        k => fields.TryGetValue(int.Parse(k, System.Globalization.CultureInfo.InvariantCulture), out var f) ? f.Code : k);
                }
        }
    }

    // "Theo cấp" (column 2): the level of the receiving unit; departments report at province level.
    private static string LevelOf(UnitKind? kind) => kind switch
    {
        UnitKind.Province or UnitKind.Department => "PROVINCE",
        UnitKind.District => "DISTRICT",
        UnitKind.Commune => "COMMUNE",
        _ => "OTHER",
    };

    private static string LevelName(string level) => level switch
    {
        "PROVINCE" => "Cấp tỉnh",
        "DISTRICT" => "Cấp huyện",
        "COMMUNE" => "Cấp xã",
        _ => "Khác",
    };

    private sealed record RowLabels(Func<(int UnitId, int ProcedureId, int FieldId, ResultsRow Row), string> KeyOf, Func<string, string> Label, Func<string, string?> Code);
}
