using System.Collections.Concurrent;
using System.Reactive.Linq;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.DeadlineAlerts;

/// <summary>A raised alert with its dossier, as read once for every subscriber of this instance.</summary>
public sealed record RaisedAlert(DeadlineAlert Alert, Dossier Dossier)
{
    /// <summary>
    /// The subscriber's scoping in memory, the rules of <see cref="DeadlineAlertRepository.VisibleTo"/>: the viewer's unit
    /// subtree (province-wide roles see all), its own queue with <paramref name="mine"/>, and the requested unit's subtree.
    /// </summary>
    public bool VisibleTo(Viewer viewer, bool mine, string? unitPath)
    {
        var d = Dossier;
        bool Under(string path) => d.ReceivingUnitPath.StartsWith(path, StringComparison.Ordinal) || d.CurrentUnitPath.StartsWith(path, StringComparison.Ordinal);
        if (!viewer.IsProvinceWide && (viewer.UnitPath is not { } own || !Under(own))) return false;
        if (mine && (viewer.UserId is null || d.AssigneeId != viewer.UserId)) return false;
        return unitPath is null || Under(unitPath);
    }
}

/// <summary>
/// Reads each raised alert and its dossier once per instance, however many subscribers receive it (a burst of 100 alerts to
/// 1,000 subscribers is 100 reads, not 100,000); the last <see cref="Capacity"/> reads are kept, then forgotten in order.
/// </summary>
public sealed class DeadlineAlertFeed(IServiceScopeFactory scopes)
{
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<long, Lazy<Task<RaisedAlert?>>> _reads = new();
    private readonly ConcurrentQueue<long> _order = new();

    public Task<RaisedAlert?> ReadAsync(long alertId, CancellationToken ct)
    {
        var added = false;
        var read = _reads.GetOrAdd(alertId, id =>
        {
            added = true;
            return new Lazy<Task<RaisedAlert?>>(() => LoadAsync(id));
        });
        if (added)
        {
            _order.Enqueue(alertId);
            while (_order.Count > Capacity && _order.TryDequeue(out var old)) _reads.TryRemove(old, out _);
        }
        // One subscriber leaving must not cancel the read the others wait for.
        return read.Value.WaitAsync(ct);
    }

    /// <summary>
    /// The read as an observable of one value: already read (every subscriber after the first), it is emitted at once on
    /// the caller's thread instead of through a task continuation and a cancellation source per subscriber and event.
    /// </summary>
    public IObservable<RaisedAlert?> Read(long alertId) =>
        _reads.TryGetValue(alertId, out var read) && read.IsValueCreated && read.Value.IsCompletedSuccessfully
            ? Observable.Return(read.Value.Result)
            : Observable.FromAsync(ct => ReadAsync(alertId, ct));

    private async Task<RaisedAlert?> LoadAsync(long id)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
            var row = await db.DeadlineAlerts.AsNoTracking().Where(a => a.Id == id)
                .Join(db.Dossiers.AsNoTracking(), a => a.DossierId, d => d.Id, (a, d) => new { a, d }).SingleOrDefaultAsync();
            return row is null ? null : new RaisedAlert(row.a, row.d);
        }
        catch
        {
            _reads.TryRemove(id, out _); // a failed read is tried again by the next subscriber
            throw;
        }
    }
}
