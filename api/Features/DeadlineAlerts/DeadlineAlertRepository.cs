using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.DeadlineAlerts;

/// <summary>Alert queries: an alert is visible exactly when its dossier is (DossierRepository's unit scoping).</summary>
public static class DeadlineAlertRepository
{
    public static readonly Keyset<DeadlineAlert, DateTime> ByRaisedNewest = new(a => a.RaisedAt, a => a.Id, descending: true);

    public static IQueryable<DeadlineAlert> VisibleTo(OneStopDb db, Viewer viewer, DeadlineAlertFilter f)
    {
        var dossiers = DossierRepository.VisibleTo(db.Dossiers, viewer);
        if (f.Mine == true) dossiers = viewer.UserId is { } me ? dossiers.Where(d => d.AssigneeId == me) : dossiers.Where(_ => false);
        if (f.UnitCode is { } unitCode)
        {
            var path = db.Units.Where(u => u.Code == unitCode).Select(u => u.Path);
            dossiers = dossiers.Where(d => path.Any(p => d.ReceivingUnitPath.StartsWith(p) || d.CurrentUnitPath.StartsWith(p)));
        }
        if (f.DossierCode is { } code) dossiers = dossiers.Where(d => d.Code == code);
        var q = db.DeadlineAlerts.AsNoTracking().Where(a => dossiers.Any(d => d.Id == a.DossierId));
        if (f.Kinds is { Count: > 0 } kinds) q = q.Where(a => kinds.Contains(a.Kind));
        if (f.Open is { } open) q = open ? q.Where(a => a.ClosedAt == null) : q.Where(a => a.ClosedAt != null);
        if (f.Acknowledged is { } ack) q = ack ? q.Where(a => a.AcknowledgedAt != null) : q.Where(a => a.AcknowledgedAt == null);
        return q;
    }

    /// <summary>Open and unacknowledged open alerts per kind (kinds without alerts have no row).</summary>
    public static IQueryable<AlertKindCount> SummaryRows(OneStopDb db, Viewer viewer, string? unitCode) =>
        VisibleTo(db, viewer, new DeadlineAlertFilter(UnitCode: unitCode, Open: true))
            .GroupBy(a => a.Kind)
            .Select(g => new AlertKindCount(g.Key, g.Count(), g.Count(a => a.AcknowledgedAt == null)));

    public static async Task<AlertSummary> SummaryAsync(OneStopDb db, Viewer viewer, string? unitCode, CancellationToken ct)
    {
        var rows = await SummaryRows(db, viewer, unitCode).ToListAsync(ct);
        var byKind = Enum.GetValues<DeadlineAlertKind>()
            .Select(k => rows.FirstOrDefault(r => r.Kind == k) is { } r ? new AlertKindCount(k, r.Open, r.Unacknowledged) : new AlertKindCount(k, 0, 0))
            .ToList();
        return new AlertSummary(byKind.Sum(k => k.Open), byKind.Sum(k => k.Unacknowledged), byKind);
    }
}

/// <summary>Alerts by id for <c>node(id:)</c>, with the same unit scoping as the <c>deadlineAlerts</c> query.</summary>
public sealed class DeadlineAlertByIdLoader(OneStopDb db) : BatchLoader<long, DeadlineAlert?>
{
    private Viewer _viewer = Viewer.Anonymous;

    public GraphQL.DataLoader.IDataLoaderResult<DeadlineAlert?> Load(GraphQL.IResolveFieldContext context, long id)
    {
        _viewer = context.Viewer();
        return Load(id);
    }

    protected override async Task<IReadOnlyDictionary<long, DeadlineAlert?>> FetchAsync(IReadOnlyList<long> keys, CancellationToken ct) =>
        await DeadlineAlertRepository.VisibleTo(db, _viewer, new DeadlineAlertFilter()).Where(a => keys.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (DeadlineAlert?)a, ct);
}
