using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

/// <summary>An officer as dossiers show them (assignee, hand-over parties).</summary>
public sealed record Officer(string Id, string FullName, int? UnitId);

public sealed class DossierByIdLoader(OneStopDb db) : BatchLoader<long, Dossier?>
{
    protected override async Task<IReadOnlyDictionary<long, Dossier?>> FetchAsync(IReadOnlyList<long> keys, CancellationToken ct) =>
        await db.Dossiers.AsNoTracking().Where(d => keys.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => (Dossier?)d, ct);
}

public sealed class OfficerByIdLoader(OneStopDb db) : BatchLoader<string, Officer?>
{
    protected override async Task<IReadOnlyDictionary<string, Officer?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => keys.Contains(u.Id)).Select(u => new Officer(u.Id, u.FullName, u.UnitId))
            .ToDictionaryAsync(o => o.Id, o => (Officer?)o, ct);
}

public sealed class DocumentsByDossierIdLoader(OneStopDb db) : GroupLoader<long, DossierDocument>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<DossierDocument>>> FetchAsync(IReadOnlyList<long> keys, CancellationToken ct) =>
        (await db.DossierDocuments.AsNoTracking().Where(x => keys.Contains(x.DossierId)).OrderBy(x => x.DossierId).ThenBy(x => x.Ordinal).ToListAsync(ct))
            .ByDossier(x => x.DossierId);
}

public sealed class PausesByDossierIdLoader(OneStopDb db) : GroupLoader<long, DossierPause>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<DossierPause>>> FetchAsync(IReadOnlyList<long> keys, CancellationToken ct) =>
        (await db.DossierPauses.AsNoTracking().Where(x => keys.Contains(x.DossierId)).OrderBy(x => x.DossierId).ThenBy(x => x.StartedAt).ThenBy(x => x.Id).ToListAsync(ct))
            .ByDossier(x => x.DossierId);
}

public sealed class HandoversByDossierIdLoader(OneStopDb db) : GroupLoader<long, DossierHandover>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<DossierHandover>>> FetchAsync(IReadOnlyList<long> keys, CancellationToken ct) =>
        (await db.DossierHandovers.AsNoTracking().Where(x => keys.Contains(x.DossierId)).OrderBy(x => x.DossierId).ThenBy(x => x.Id).ToListAsync(ct))
            .ByDossier(x => x.DossierId);
}

public sealed class ApologiesByDossierIdLoader(OneStopDb db) : GroupLoader<long, DossierApology>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<DossierApology>>> FetchAsync(IReadOnlyList<long> keys, CancellationToken ct) =>
        (await db.DossierApologies.AsNoTracking().Where(x => keys.Contains(x.DossierId)).OrderBy(x => x.DossierId).ThenBy(x => x.Id).ToListAsync(ct))
            .ByDossier(x => x.DossierId);
}

public sealed class AuditByDossierIdLoader(OneStopDb db) : GroupLoader<long, DossierAuditEntry>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<DossierAuditEntry>>> FetchAsync(IReadOnlyList<long> keys, CancellationToken ct) =>
        (await db.DossierAuditEntries.AsNoTracking().Where(x => keys.Contains(x.DossierId)).OrderBy(x => x.DossierId).ThenBy(x => x.Id).ToListAsync(ct))
            .ByDossier(x => x.DossierId);
}

internal static class DossierLoaderGrouping
{
    public static IReadOnlyDictionary<long, IReadOnlyList<T>> ByDossier<T>(this IEnumerable<T> rows, Func<T, long> key) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
}
