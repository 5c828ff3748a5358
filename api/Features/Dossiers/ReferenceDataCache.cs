using System.Collections.Concurrent;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Dossiers;

/// <summary>
/// Units, procedure versions (with their procedure) and procedure steps held in memory, so a page of dossiers resolves
/// <c>procedure</c>, <c>receivingUnit</c>, <c>currentUnit</c> and <c>currentStep</c> without a statement per loader. These
/// tables are small (hundreds of rows) and change rarely. A snapshot is served only while the database stamp it was built
/// under is still current: every request that uses it reads the stamp once (<see cref="StampAsync"/>, one statement over
/// the small tables), so a change made by any instance is seen by the next request everywhere. The stamp covers every way
/// these rows change: a unit's <see cref="Unit.Version"/> and a procedure's <see cref="Procedure.Revision"/> (bumped by
/// every edit, publication and retirement of any of its versions), and the count and highest id of each table (inserts,
/// deletes, and steps rewritten when a draft is edited).
/// </summary>
public sealed class ReferenceDataCache : IDisposable
{
    // Compiled, with the context as the query's parameter: one statement of subqueries, no LINQ translation or cache lookup
    // per request. (Written against a captured context, EF would run each aggregate as a statement of its own.) One compiled
    // query per context type, as a compiled query keeps the translation of the first provider it ran on.
    private static readonly ConcurrentDictionary<Type, Func<OneStopDb, CancellationToken, Task<ReferenceStamp?>>> Stamps = new();

    private static Func<OneStopDb, CancellationToken, Task<ReferenceStamp?>> CompileStamp() => EF.CompileAsyncQuery(
        (OneStopDb db, CancellationToken _) => db.Units.AsNoTracking().Take(1).Select(_ => new ReferenceStamp(
            db.Units.Count(), db.Units.Max(u => (int?)u.Id), db.Units.Sum(u => (long)u.Version),
            db.Procedures.Count(), db.Procedures.Max(p => (int?)p.Id), db.Procedures.Sum(p => (long)p.Revision),
            db.ProcedureVersions.Count(), db.ProcedureVersions.Max(v => (int?)v.Id),
            db.ProcedureSteps.Count(), db.ProcedureSteps.Max(s => (int?)s.Id))).FirstOrDefault());

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile ReferenceSnapshot? _current;

    /// <summary>Number of times the snapshot was (re)built; tests use it to prove reuse and invalidation.</summary>
    public int Builds { get; private set; }

    /// <summary>The stamp of the reference tables now, in one statement of small aggregates (null while there are no units).</summary>
    public static Task<ReferenceStamp?> StampAsync(OneStopDb db, CancellationToken ct) => Stamps.GetOrAdd(db.GetType(), _ => CompileStamp())(db, ct);

    /// <summary>The snapshot for the database's current stamp, rebuilt when the stamp moved.</summary>
    public async Task<ReferenceSnapshot> GetAsync(OneStopDb db, CancellationToken ct)
    {
        var stamp = await StampAsync(db, ct);
        if (_current is { } hit && hit.Stamp == stamp) return hit;
        await _reload.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.Stamp == stamp) return again;
            // Read after the stamp: a change committed in between makes the snapshot newer than its stamp, and the next
            // request, reading the newer stamp, rebuilds it. A snapshot is never older than its stamp.
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
            var versions = await db.ProcedureVersions.AsNoTracking().Include(v => v.Procedure).ToDictionaryAsync(v => v.Id, ct);
            var steps = (await db.ProcedureSteps.AsNoTracking().OrderBy(s => s.VersionId).ThenBy(s => s.Ordinal).ToListAsync(ct))
                .GroupBy(s => s.VersionId).ToDictionary(g => g.Key, g => (IReadOnlyList<ProcedureStep>)[.. g]);
            var snapshot = new ReferenceSnapshot(stamp, units, versions, steps);
            _current = snapshot;
            Builds++;
            return snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    public void Dispose() => _reload.Dispose();
}

/// <summary>Sizes, highest ids and concurrency counters of the reference tables; any change moves it.</summary>
public sealed record ReferenceStamp(int Units, int? MaxUnitId, long UnitVersions, int Procedures, int? MaxProcedureId, long ProcedureRevisions,
    int Versions, int? MaxVersionId, int Steps, int? MaxStepId);

/// <summary>Reference rows as of one stamp. Shared by concurrent requests: read only.</summary>
public sealed class ReferenceSnapshot(ReferenceStamp? stamp, IReadOnlyDictionary<int, Unit> units,
    IReadOnlyDictionary<int, ProcedureVersion> versions, IReadOnlyDictionary<int, IReadOnlyList<ProcedureStep>> steps)
{
    public ReferenceStamp? Stamp { get; } = stamp;

    public Unit? Unit(int id) => units.GetValueOrDefault(id);

    public ProcedureVersion? Version(int id) => versions.GetValueOrDefault(id);

    public IReadOnlyList<ProcedureStep> Steps(int versionId) => steps.TryGetValue(versionId, out var list) ? list : [];
}

/// <summary>
/// The request's view of <see cref="ReferenceDataCache"/>: the stamp is checked once per request, on the first lookup;
/// later lookups of the request complete synchronously.
/// </summary>
public sealed class ReferenceData(ReferenceDataCache cache, OneStopDb db)
{
    private Task<ReferenceSnapshot>? _snapshot;

    public Task<ReferenceSnapshot> SnapshotAsync(CancellationToken ct) => _snapshot ??= cache.GetAsync(db, ct);
}

/// <summary>Resolvers reading <see cref="ReferenceData"/>.</summary>
public static class ReferenceDataResolvers
{
    public static async Task<T> Reference<T>(this IResolveFieldContext c, Func<ReferenceSnapshot, T> read) =>
        read(await c.RequestServices!.GetRequiredService<ReferenceData>().SnapshotAsync(c.CancellationToken));
}
