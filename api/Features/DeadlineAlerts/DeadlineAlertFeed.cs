using System.Collections.Concurrent;
using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Events;

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
/// Reads each raised alert and its dossier once per instance, however many subscribers receive it. A read starts as soon as
/// the event reaches this instance (the feed observes the topic itself), and the reads waiting at a time go to the database
/// as one statement, so a burst of 100 alerts from another instance is one or a few reads, not 100 in a row. Alerts raised
/// by this instance's own scan are handed over as they were saved (<see cref="Prime"/>) and not read again. The last
/// <see cref="Capacity"/> alerts are kept, then forgotten in order.
/// </summary>
public sealed partial class DeadlineAlertFeed : IDisposable
{
    public const int Capacity = 1024;

    /// <summary>Alerts read per statement at most.</summary>
    public const int BatchSize = 500;

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<DeadlineAlertFeed> _logger;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<RaisedAlert?>> _reads = new();
    private readonly ConcurrentQueue<long> _order = new();
    private readonly Channel<(long Id, TaskCompletionSource<RaisedAlert?> Read)> _pending =
        Channel.CreateUnbounded<(long, TaskCompletionSource<RaisedAlert?>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDisposable _subscription;

    public DeadlineAlertFeed(IServiceScopeFactory scopes, IEventBus bus, ILogger<DeadlineAlertFeed> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _ = ReadLoopAsync();
        _subscription = bus.Observe<DeadlineAlertsRaised>(DeadlineScanner.Topic).Subscribe(raised =>
        {
            foreach (var e in raised.Alerts) Request(e.AlertId);
        });
    }

    /// <summary>
    /// The alerts of <paramref name="alertIds"/> with their dossiers, in order (null for an alert that no longer exists),
    /// emitted together once all are read: a burst reaches the subscribers' streams as a whole, not alert by alert, and
    /// the writers it gives work are woken once it has been handed on (<see cref="SignalBatch"/>; when already read, the
    /// pump that delivered the event has such a batch open).
    /// </summary>
    public IObservable<RaisedAlert?> Read(IReadOnlyList<long> alertIds)
    {
        var reads = alertIds.Select(id => Request(id).Task).ToArray();
        if (reads.All(r => r.IsCompletedSuccessfully)) return reads.Select(r => r.Result).ToObservable();
        return Observable.Create<RaisedAlert?>(observer => Task.WhenAll(reads).ToObservable().Subscribe(
            read =>
            {
                using (SignalBatch.Open())
                    foreach (var alert in read) observer.OnNext(alert);
            },
            observer.OnError,
            observer.OnCompleted));
    }

    /// <summary>An alert this instance just saved, with the dossier it evaluated: subscribers here need no read.</summary>
    public void Prime(DeadlineAlert alert, Dossier dossier)
    {
        var read = new TaskCompletionSource<RaisedAlert?>(TaskCreationOptions.RunContinuationsAsynchronously);
        read.SetResult(new RaisedAlert(alert, dossier));
        if (_reads.TryAdd(alert.Id, read)) Remember(alert.Id);
    }

    private TaskCompletionSource<RaisedAlert?> Request(long alertId)
    {
        if (_reads.TryGetValue(alertId, out var known)) return known;
        var read = new TaskCompletionSource<RaisedAlert?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_reads.TryAdd(alertId, read)) return _reads.TryGetValue(alertId, out known) ? known : Request(alertId);
        Remember(alertId);
        _pending.Writer.TryWrite((alertId, read));
        return read;
    }

    private void Remember(long alertId)
    {
        _order.Enqueue(alertId);
        while (_order.Count > Capacity && _order.TryDequeue(out var old)) _reads.TryRemove(old, out _);
    }

    /// <summary>Reads what is waiting, a batch per statement; a failed read fails its waiters and is tried again on the next request.</summary>
    private async Task ReadLoopAsync()
    {
        var reader = _pending.Reader;
        var batch = new List<(long Id, TaskCompletionSource<RaisedAlert?> Read)>();
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < BatchSize && reader.TryRead(out var next)) batch.Add(next);
            try
            {
                using var scope = _scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
                var ids = batch.Select(b => b.Id).ToList();
                var found = (await WithDossiers(db, ids).ToListAsync()).ToDictionary(r => r.Alert.Id);
                foreach (var (id, read) in batch) read.TrySetResult(found.GetValueOrDefault(id));
            }
            catch (Exception e)
            {
                LogReadFailed(_logger, batch.Count, e);
                foreach (var (id, read) in batch)
                {
                    _reads.TryRemove(KeyValuePair.Create(id, read));
                    read.TrySetException(e);
                }
            }
        }
    }

    /// <summary>The alerts of <paramref name="ids"/> with their dossiers, in one statement.</summary>
    public static IQueryable<RaisedAlert> WithDossiers(OneStopDb db, IReadOnlyCollection<long> ids) =>
        db.DeadlineAlerts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Join(db.Dossiers.AsNoTracking(), a => a.DossierId, d => d.Id, (a, d) => new RaisedAlert(a, d));

    public void Dispose()
    {
        _subscription.Dispose();
        _pending.Writer.TryComplete();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading {Count} raised alerts failed; their subscribers' streams end with the error")]
    private static partial void LogReadFailed(ILogger logger, int count, Exception error);
}
