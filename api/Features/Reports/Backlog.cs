using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Features.Reports;

/// <summary>Open dossiers by deadline state and by age (days since receipt, local calendar).</summary>
public sealed record BacklogCounts(int Open, int WithinDeadline, int DueSoon, int Overdue, IReadOnlyList<int> ByAge)
{
    public static readonly BacklogCounts Zero = new(0, 0, 0, 0, [.. BacklogQueries.AgeBuckets.Select(_ => 0)]);

    public BacklogCounts Plus(BacklogCounts o) =>
        new(Open + o.Open, WithinDeadline + o.WithinDeadline, DueSoon + o.DueSoon, Overdue + o.Overdue, [.. ByAge.Zip(o.ByAge, (a, b) => a + b)]);
}

public sealed record BacklogAgeBucket(int MinDays, int? MaxDays, int Count);

public sealed record BacklogUnitRow(Unit Unit, BacklogCounts Counts);

public sealed record BacklogOfficerRow(string? OfficerId, string? OfficerName, int UnitId, BacklogCounts Counts);

/// <summary>The backlog of a unit subtree now: what its desks hold, and the dossiers overdue longest.</summary>
public sealed record Backlog(ReportScope Scope, DateTime AsAt, DateOnly Today, BacklogCounts Total, IReadOnlyList<BacklogUnitRow> ByUnit,
    IReadOnlyList<BacklogOfficerRow> ByOfficer)
{
    public IReadOnlyList<BacklogAgeBucket> ByAge => [.. BacklogQueries.AgeBuckets.Select((b, i) => new BacklogAgeBucket(b.Min, b.Max, Total.ByAge[i]))];
}

/// <summary>One (holding unit, officer) cell of the backlog, counted in SQL.</summary>
public sealed record BacklogCell(int UnitId, string? OfficerId, string? OfficerName, int Open, int Overdue, int DueSoon, int Age0, int Age1, int Age2, int Age3, int Age4);

/// <summary>
/// Backlog statements, decided in SQL the way <see cref="DossierRepository"/> filters <c>deadlineState</c> (the current
/// appointment; a pause that stops the clock keeps a dossier within its deadline), so the dossier list opened from a
/// figure shows the same dossiers.
/// </summary>
public static class BacklogQueries
{
    /// <summary>Age buckets in days since receipt: 0–5, 6–10, 11–20, 21–30, over 30.</summary>
    public static readonly (int Min, int? Max)[] AgeBuckets = [(0, 5), (6, 10), (11, 20), (21, 30), (31, null)];

    private static readonly DossierStatus[] Running = [DossierStatus.Received, DossierStatus.InProcess, DossierStatus.AwaitingApproval, DossierStatus.Approved];
    private static readonly DossierStatus[] Paused = [DossierStatus.SupplementRequested, DossierStatus.Paused];

    /// <summary>Open dossiers held in the subtree (null = the province).</summary>
    public static IQueryable<Dossier> Open(IQueryable<Dossier> dossiers, string? path)
    {
        var q = dossiers.Where(d => Running.Contains(d.Status) || Paused.Contains(d.Status));
        return path is null ? q : q.Where(d => d.CurrentUnitPath.StartsWith(path));
    }

    public static IQueryable<Dossier> Overdue(IQueryable<Dossier> open, DateTime now, DateOnly today) =>
        open.Where(d => (Running.Contains(d.Status) || d.OpenPauseEffect == PauseEffect.None)
            && (d.ProcessingUnit == TimeUnit.WorkingHours ? d.AppointmentAt < now : d.DueDate < today));

    /// <summary>Most overdue first: the oldest current appointment, then the receipt order.</summary>
    public static IQueryable<Dossier> LongestOverdue(IQueryable<Dossier> open, DateTime now, DateOnly today, int first) =>
        Overdue(open, now, today).OrderBy(d => d.AppointmentAt).ThenBy(d => d.Id).Take(first);

    public static IQueryable<BacklogCell> Cells(IQueryable<Dossier> open, DateTime now, DateOnly today, DateTime dueSoonLimit)
    {
        DateOnly d5 = today.AddDays(-5), d10 = today.AddDays(-10), d20 = today.AddDays(-20), d30 = today.AddDays(-30);
        return open.GroupBy(d => new { d.CurrentUnitId, d.AssigneeId, d.AssigneeName }).Select(g => new BacklogCell(
            g.Key.CurrentUnitId,
            g.Key.AssigneeId,
            g.Key.AssigneeName,
            g.Count(),
            g.Sum(d => (Running.Contains(d.Status) || d.OpenPauseEffect == PauseEffect.None)
                && (d.ProcessingUnit == TimeUnit.WorkingHours ? d.AppointmentAt < now : d.DueDate < today) ? 1 : 0),
            g.Sum(d => (Running.Contains(d.Status) || d.OpenPauseEffect == PauseEffect.None)
                && !(d.ProcessingUnit == TimeUnit.WorkingHours ? d.AppointmentAt < now : d.DueDate < today) && d.AppointmentAt <= dueSoonLimit ? 1 : 0),
            g.Sum(d => d.ReceivedOn >= d5 ? 1 : 0),
            g.Sum(d => d.ReceivedOn < d5 && d.ReceivedOn >= d10 ? 1 : 0),
            g.Sum(d => d.ReceivedOn < d10 && d.ReceivedOn >= d20 ? 1 : 0),
            g.Sum(d => d.ReceivedOn < d20 && d.ReceivedOn >= d30 ? 1 : 0),
            g.Sum(d => d.ReceivedOn < d30 ? 1 : 0)));
    }

    public static BacklogCounts CountsOf(BacklogCell c) =>
        new(c.Open, c.Open - c.Overdue - c.DueSoon, c.DueSoon, c.Overdue, [c.Age0, c.Age1, c.Age2, c.Age3, c.Age4]);
}

/// <summary>Builds the backlog: one grouped statement, rolled up to the scope's direct sub-units and to officers.</summary>
public sealed class BacklogService(OneStopDb db, DossierDeadlines deadlines, TimeProvider clock)
{
    public async Task<Backlog> BuildAsync(ReportScope scope, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = deadlines.Today();
        var open = BacklogQueries.Open(db.Dossiers.AsNoTracking(), scope.Path);
        var cells = await BacklogQueries.Cells(open, now, today, deadlines.DueSoonLimit()).ToListAsync(ct);

        // Rows: the scope unit itself (dossiers held at its own desks) and each direct sub-unit with its subtree.
        var top = await db.Units.AsNoTracking().Where(u => scope.Path == null ? u.ParentId == null : u.Path == scope.Path).OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
        var rows = top is null ? [] : await db.Units.AsNoTracking().Where(u => u.Id == top.Id || u.ParentId == top.Id).ToListAsync(ct);
        var unitIds = cells.Select(c => c.UnitId).Distinct().ToList();
        var paths = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        Unit? RowOf(int unitId) => paths.TryGetValue(unitId, out var p)
            ? rows.Where(r => p.StartsWith(r.Path, StringComparison.Ordinal)).MaxBy(r => r.Path.Length) : null;

        var byUnit = cells.GroupBy(c => RowOf(c.UnitId)).Where(g => g.Key is not null)
            .Select(g => new BacklogUnitRow(g.Key!, Sum(g)))
            .OrderByDescending(r => r.Counts.Overdue).ThenByDescending(r => r.Counts.Open).ThenBy(r => r.Unit.Code, StringComparer.Ordinal).ToList();
        var byOfficer = cells.GroupBy(c => c.OfficerId)
            .Select(g => new BacklogOfficerRow(g.Key, g.First().OfficerName, g.GroupBy(c => c.UnitId).MaxBy(u => u.Sum(c => c.Open))!.Key, Sum(g)))
            .OrderBy(r => r.OfficerId is null).ThenByDescending(r => r.Counts.Overdue).ThenByDescending(r => r.Counts.Open)
            .ThenBy(r => r.OfficerName, StringComparer.Ordinal).ToList();
        return new Backlog(scope, now, today, Sum(cells), byUnit, byOfficer);
    }

    public Task<List<Dossier>> LongestOverdueAsync(Backlog backlog, int first, CancellationToken ct) =>
        BacklogQueries.LongestOverdue(BacklogQueries.Open(db.Dossiers.AsNoTracking(), backlog.Scope.Path), backlog.AsAt, backlog.Today, first).ToListAsync(ct);

    private static BacklogCounts Sum(IEnumerable<BacklogCell> cells) =>
        cells.Aggregate(BacklogCounts.Zero, (t, c) => t.Plus(BacklogQueries.CountsOf(c)));
}
