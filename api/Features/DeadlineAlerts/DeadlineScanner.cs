using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Events;

namespace OneStop.Api.Features.DeadlineAlerts;

/// <summary>What one scan did.</summary>
public sealed record ScanResult(int Examined, int Raised, int Closed)
{
    /// <summary>Whether the catch-up after start has dossier ids left for the next scans.</summary>
    public bool CatchingUp { get; init; }

    /// <summary>Wall-clock time of the scan (the benchmark's time per scan).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The alerts this instance published, with the real (not injected) time of each publish: delivery latency starts there.</summary>
    public IReadOnlyList<PublishedAlert> Published { get; init; } = [];
}

public sealed record PublishedAlert(long AlertId, DeadlineAlertKind Kind, DateTimeOffset PublishedAt);

/// <summary>
/// One scan of what can change (STYLE.md R12): dossiers whose <see cref="DeadlineWatch.NextCheckAt"/> has passed
/// (indexed), dossiers received since the last scan (by id), and dossiers changed since (from <see cref="DossierChanged"/>
/// events, on every instance through the bus). After a start the scans also catch up, a bounded slice per scan
/// (<see cref="DeadlineAlertOptions.CatchUpSize"/> dossiers within <see cref="DeadlineAlertOptions.CatchUpWindow"/> ids, in id
/// order), with every dossier not evaluated at its current version, so no scan is unbounded. Alerts are inserted if absent against their unique key, so instances can scan
/// the same dossier at once; only the instance whose insert commits publishes them (<see cref="DeadlineAlertsRaised"/>, one event per transaction).
/// </summary>
public sealed partial class DeadlineScanner : IDisposable
{
    public const string Topic = "deadline-alerts";

    /// <summary>Dossiers evaluated per transaction.</summary>
    public const int ChunkSize = 100;

    private static readonly DossierStatus[] Watched =
    [
        DossierStatus.Received, DossierStatus.InProcess, DossierStatus.SupplementRequested, DossierStatus.Paused,
        DossierStatus.AwaitingApproval, DossierStatus.Approved,
    ];

    private readonly IServiceScopeFactory _scopes;
    private readonly IEventBus _bus;
    private readonly DeadlineAlertFeed _feed;
    private readonly IOptions<DeadlineAlertOptions> _options;
    private readonly ILogger<DeadlineScanner> _logger;
    private readonly ConcurrentQueue<long> _changed = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IDisposable _subscription;
    private long? _lastDossierId;

    // The catch-up's position: ids up to it are caught up; null once done (or before the first scan).
    private long? _catchUpAfter;
    private long _catchUpUntil;

    public DeadlineScanner(IServiceScopeFactory scopes, IEventBus bus, DeadlineAlertFeed feed, IOptions<DeadlineAlertOptions> options,
        ILogger<DeadlineScanner> logger)
    {
        _scopes = scopes;
        _bus = bus;
        _feed = feed;
        _options = options;
        _logger = logger;
        _subscription = bus.Observe<DossierChanged>(DossierWorkflow.AllTopic).Subscribe(e => _changed.Enqueue(e.DossierId));
    }

    public async Task<ScanResult> ScanOnceAsync(DateTime now, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var started = Stopwatch.GetTimestamp();
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
            var ids = await CandidatesAsync(db, now, ct);
            var rules = scope.ServiceProvider.GetRequiredService<DeadlineAlertRules>();
            var published = new List<PublishedAlert>();
            var closed = 0;
            foreach (var chunk in ids.Chunk(ChunkSize)) closed += await EvaluateChunkAsync(scope.ServiceProvider, rules, chunk, now, published, ct);
            var result = new ScanResult(ids.Count, published.Count, closed)
            {
                Elapsed = Stopwatch.GetElapsedTime(started),
                Published = published,
                CatchingUp = _catchUpAfter is not null,
            };
            LogScan(_logger, result.Examined, result.Raised, result.Closed, result.Elapsed.TotalMilliseconds);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<List<long>> CandidatesAsync(OneStopDb db, DateTime now, CancellationToken ct)
    {
        var ids = new HashSet<long>();
        var batch = _options.Value.BatchSize;
        if (_lastDossierId is not { } last)
        {
            // After a start: dossiers received from now on come by id; those before are caught up slice by slice.
            _lastDossierId = await db.Dossiers.MaxAsync(d => (long?)d.Id, ct) ?? 0;
            if (_options.Value.CatchUpSize > 0 && _lastDossierId > 0) (_catchUpAfter, _catchUpUntil) = (0, _lastDossierId.Value);
        }
        else
        {
            var received = await ReceivedSince(db, last, batch).ToListAsync(ct);
            ids.UnionWith(received);
            if (received.Count > 0) _lastDossierId = received[^1];
        }
        if (_catchUpAfter is { } after) ids.UnionWith(await CatchUpAsync(db, after, ct));
        while (_changed.TryDequeue(out var changed)) ids.Add(changed);
        ids.UnionWith(await DueForCheck(db, now, batch).ToListAsync(ct));
        return [.. ids.Order()];
    }

    /// <summary>
    /// One slice of the catch-up: dossiers changed while no instance was watching them, at most <c>CatchUpSize</c> among the
    /// next <c>CatchUpWindow</c> ids; the position moves past what was looked at, and the catch-up ends past the last id
    /// known at start (later ones are received by id).
    /// </summary>
    private async Task<List<long>> CatchUpAsync(OneStopDb db, long after, CancellationToken ct)
    {
        var (size, window) = (_options.Value.CatchUpSize, Math.Max(1, _options.Value.CatchUpWindow));
        var until = Math.Min(_catchUpUntil, after + window);
        var slice = await NotEvaluated(db, after, until, size).ToListAsync(ct);
        var reached = slice.Count == size ? slice[^1] : until;
        _catchUpAfter = reached >= _catchUpUntil ? null : reached;
        return slice;
    }

    /// <summary>
    /// Catch-up candidates with ids in (<paramref name="after"/>, <paramref name="until"/>], the first <paramref name="size"/>
    /// by id: watched dossiers (or late returns) not evaluated at their current version.
    /// </summary>
    public static IQueryable<long> NotEvaluated(OneStopDb db, long after, long until, int size) =>
        db.Dossiers.AsNoTracking()
            .Where(d => d.Id > after && d.Id <= until
                && (Watched.Contains(d.Status) || d.Violation == DossierViolation.LateWithoutApology)
                && !db.DeadlineWatches.Any(w => w.DossierId == d.Id && w.DossierVersion == d.Version))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .Take(size);

    /// <summary>Dossiers received since the last scan, by id.</summary>
    public static IQueryable<long> ReceivedSince(OneStopDb db, long lastId, int batch) =>
        db.Dossiers.AsNoTracking().Where(d => d.Id > lastId).OrderBy(d => d.Id).Select(d => d.Id).Take(batch);

    /// <summary>Dossiers whose next check time has passed (the indexed due-time scan).</summary>
    public static IQueryable<long> DueForCheck(OneStopDb db, DateTime now, int batch) =>
        db.DeadlineWatches.AsNoTracking().Where(w => w.NextCheckAt <= now).OrderBy(w => w.NextCheckAt).Select(w => w.DossierId).Take(batch);
    /// <summary>
    /// Evaluates a chunk of dossiers with three reads and one commit (a commit per dossier made a tick of 500 due dossiers
    /// take seconds); a unique-key clash with another instance means evaluating the chunk's dossiers one by one again.
    /// </summary>
    private async Task<int> EvaluateChunkAsync(IServiceProvider services, DeadlineAlertRules rules, long[] ids, DateTime now, List<PublishedAlert> published,
        CancellationToken ct)
    {
        if (ids.Length > 1)
        {
            var db = services.GetRequiredService<OneStopDb>();
            db.ChangeTracker.Clear();
            try
            {
                return await EvaluateOnceAsync(db, rules, ids, now, published, ct);
            }
            catch (DbUpdateException e)
            {
                LogChunkRetry(_logger, ids.Length, e.GetBaseException().Message);
            }
        }
        var closed = 0;
        foreach (var id in ids) closed += await EvaluateAsync(services, rules, id, now, published, ct);
        return closed;
    }

    /// <summary>Evaluates one dossier; a unique-key clash with another instance means re-reading and trying again.</summary>
    private async Task<int> EvaluateAsync(IServiceProvider services, DeadlineAlertRules rules, long id, DateTime now, List<PublishedAlert> published,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var db = services.GetRequiredService<OneStopDb>();
            db.ChangeTracker.Clear();
            try
            {
                return await EvaluateOnceAsync(db, rules, [id], now, published, ct);
            }
            catch (DbUpdateException e) when (attempt < 3)
            {
                LogRetry(_logger, id, e.GetBaseException().Message);
            }
        }
    }

    private async Task<int> EvaluateOnceAsync(OneStopDb db, DeadlineAlertRules rules, long[] ids, DateTime now, List<PublishedAlert> published,
        CancellationToken ct)
    {
        var dossiers = await db.Dossiers.AsNoTracking().Include(d => d.Pauses.Where(p => p.EndedAt == null)).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var alertsOf = (await db.DeadlineAlerts.Where(a => ids.Contains(a.DossierId)).ToListAsync(ct)).ToLookup(a => a.DossierId);
        var watches = await db.DeadlineWatches.Where(w => ids.Contains(w.DossierId)).ToDictionaryAsync(w => w.DossierId, ct);
        var raised = new List<DeadlineAlert>();
        var closed = 0;
        foreach (var dossier in dossiers)
        {
            var evaluation = rules.Evaluate(dossier, dossier.OpenPause, now);
            var alerts = alertsOf[dossier.Id].ToList();
            var closing = alerts.Where(a => a.ClosedAt is null && a.Kind != DeadlineAlertKind.ReturnWithoutApology
                && !evaluation.Current.Contains(new AlertKey(a.Kind, a.Step, a.DueAt))).ToList();
            foreach (var a in closing) a.ClosedAt = now;
            closed += closing.Count;
            var known = alerts.Select(a => new AlertKey(a.Kind, a.Step, a.DueAt)).ToHashSet();
            raised.AddRange(evaluation.Due.Where(k => !known.Contains(k)).Select(k => new DeadlineAlert
            {
                DossierId = dossier.Id,
                DossierCode = dossier.Code,
                Kind = k.Kind,
                Step = k.Step,
                DueAt = k.DueAt,
                RaisedAt = now,
            }));
            if (!watches.TryGetValue(dossier.Id, out var watch)) db.DeadlineWatches.Add(watch = new DeadlineWatch { DossierId = dossier.Id });
            watch.NextCheckAt = evaluation.NextCheckAt;
            watch.DossierVersion = dossier.Version;
        }
        db.DeadlineAlerts.AddRange(raised);
        await db.SaveChangesAsync(ct);
        if (raised.Count == 0) return closed;
        // This instance's subscribers get the alerts as saved, with the dossiers just evaluated, without reading them back.
        var evaluated = dossiers.ToDictionary(d => d.Id);
        foreach (var a in raised) _feed.Prime(a, evaluated[a.DossierId]);
        var at = TimeProvider.System.GetUtcNow();
        published.AddRange(raised.Select(a => new PublishedAlert(a.Id, a.Kind, at)));
        await _bus.PublishAsync(Topic, new DeadlineAlertsRaised([.. raised.Select(a => new DeadlineAlertRaised(a.Id, a.DossierId, a.Kind))]), ct);
        return closed;
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deadline scan: {Examined} dossiers examined, {Raised} alerts raised, {Closed} closed in {Milliseconds:F1} ms")]
    private static partial void LogScan(ILogger logger, int examined, int raised, int closed, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dossier {DossierId} changed under the scan (another instance?): {Reason}; evaluating again")]
    private static partial void LogRetry(ILogger logger, long dossierId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "A chunk of {Count} dossiers changed under the scan (another instance?): {Reason}; evaluating them one by one")]
    private static partial void LogChunkRetry(ILogger logger, int count, string reason);
}
