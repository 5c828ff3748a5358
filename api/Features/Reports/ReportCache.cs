using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Events;

namespace OneStop.Api.Features.Reports;

/// <summary>
/// Results of reports over COMPLETED periods (as-at = the period's end; a running period depends on "now" and is never
/// cached), keyed by kind, scope, period and options plus a generation stamp. The stamp changes on every write that can
/// alter a past period's numbers: a local counter bumped by <see cref="ReportCacheInterceptor"/> (any EF save touching the
/// reports' inputs) and by every <see cref="DossierChanged"/> on the event bus (other instances when the bus is Redis),
/// and a database stamp read per request (the highest id of dossiers, audit entries, pauses, documents and procedure
/// versions: one cheap statement of five index seeks) that catches bulk inserts (seeding, import) and other instances'
/// writes. A stale entry is never served: its key is simply never asked for again and the size limit evicts it.
/// </summary>
public sealed class ReportCache : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 256 });

    // Snapshots are large (a province year ≈ 60,000 facts, a few MB) and only bridge the reports asked together.
    private readonly MemoryCache _snapshots = new(new MemoryCacheOptions { SizeLimit = 8 });
    private readonly IDisposable _subscription;
    private long _generation;

    public ReportCache(IEventBus bus) =>
        _subscription = bus.Observe<DossierChanged>(DossierWorkflow.AllTopic).Subscribe(_ => Bump());

    public long Generation => Interlocked.Read(ref _generation);

    public void Bump() => Interlocked.Increment(ref _generation);

    /// <summary>The cached result for a completed window, else <paramref name="build"/> (stored when the window is complete).</summary>
    public Task<T> GetOrBuildAsync<T>(OneStopDb db, ReportWindow w, object key, Func<Task<T>> build, CancellationToken ct) where T : class =>
        GetOrBuildAsync(_cache, TimeSpan.FromHours(1), db, w, key, build, ct);

    /// <summary>
    /// The facts and pause ledger of a scope and window (<see cref="ReportSnapshot"/>), read once for II.06a and the
    /// service index over the same completed period, under the same stamp as the reports (a running period reads afresh).
    /// </summary>
    public Task<ReportSnapshot> SnapshotAsync(OneStopDb db, string? unitPath, ReportWindow w, bool closedAsOnTime, CancellationToken ct) =>
        GetOrBuildAsync(_snapshots, TimeSpan.FromMinutes(10), db, w, ("snapshot", unitPath, w.From, w.To, closedAsOnTime),
            () => ReportSnapshot.ReadAsync(db, unitPath, w, closedAsOnTime, ct), ct);

    private async Task<T> GetOrBuildAsync<T>(MemoryCache cache, TimeSpan sliding, OneStopDb db, ReportWindow w, object key, Func<Task<T>> build, CancellationToken ct) where T : class
    {
        if (w.AsAt != w.End) return await build();
        var generation = Generation;
        var full = (key, generation, await StampAsync(db, ct));
        if (cache.TryGetValue(full, out T? hit) && hit is not null) return hit;
        var result = await build();
        cache.Set(full, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = sliding });
        return result;
    }

    /// <summary>Highest ids of the reports' append-only inputs, in one statement.</summary>
    public static async Task<DataStamp?> StampAsync(OneStopDb db, CancellationToken ct) =>
        await db.Units.AsNoTracking().Take(1).Select(_ => new DataStamp(
            db.Dossiers.Max(d => (long?)d.Id),
            db.DossierAuditEntries.Max(a => (long?)a.Id),
            db.DossierPauses.Max(p => (long?)p.Id),
            db.DossierDocuments.Max(x => (long?)x.Id),
            db.ProcedureVersions.Max(v => (long?)v.Id))).FirstOrDefaultAsync(ct);

    public void Dispose()
    {
        _subscription.Dispose();
        _cache.Dispose();
        _snapshots.Dispose();
    }
}

public sealed record DataStamp(long? Dossier, long? Audit, long? Pause, long? Document, long? Version);

/// <summary>Bumps the <see cref="ReportCache"/> generation after every save that added, changed or deleted a report input.</summary>
public sealed class ReportCacheInterceptor(ReportCache cache) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Inputs = [typeof(Dossier), typeof(DossierPause), typeof(DossierDocument), typeof(DossierAuditEntry),
        typeof(ProcedureVersion), typeof(ProcedureVersionUnit), typeof(Procedure), typeof(Unit)];

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Touch(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Touch(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Done(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Done(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Done(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(eventData.Context);
        return Task.CompletedTask;
    }

    // Bumped before the save and again once it is written: a report computed while the save commits is stored under a
    // generation that is no longer asked for.
    private void Touch(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Inputs.Contains(e.Metadata.ClrType)))
            return;
        _saving.AddOrUpdate(context, this);
        cache.Bump();
    }

    private void Done(DbContext? context)
    {
        if (context is not null && _saving.Remove(context)) cache.Bump();
    }
}
