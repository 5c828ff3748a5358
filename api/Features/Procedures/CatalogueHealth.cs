using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Procedures;

/// <summary>Figures inspectors look at, for one unit or for the whole scope.</summary>
public sealed record CatalogueHealthFigures(int Published, int Drafts, int CitingExpiredLaw, int MissingRequiredFields,
    int OnlinePartial, int OnlineFull, int NotSynced, int Synced, int OutOfDate)
{
    /// <summary>Share of published procedures offered online (partial or full, Decree 42/2022), 0 to 1.</summary>
    public double OnlineServiceShare => Published == 0 ? 0 : Math.Round((OnlinePartial + OnlineFull) / (double)Published, 4);
}

public sealed record UnitCatalogueHealth(int UnitId, string UnitCode, string UnitName, CatalogueHealthFigures Figures);

public sealed record CatalogueHealth(DateOnly On, CatalogueHealthFigures Total, IReadOnlyList<UnitCatalogueHealth> Units);

/// <summary>The two queries behind <c>catalogueHealth</c>: per-unit counts (correlated counts) and the scope's total.</summary>
public static class CatalogueHealthQueries
{
    public sealed record VersionFlags(bool IsDraft, bool CitesExpiredLaw, bool Missing, OnlineServiceClass OnlineService, PortalSyncState SyncState);

    public static IQueryable<UnitCatalogueHealth> PerUnit(OneStopDb db, IQueryable<Unit> units, DateOnly day)
    {
        var inForce = db.ProcedureVersions.InForceOn(day);
        var drafts = db.ProcedureVersions.Where(v => v.Status == ProcedureStatus.Draft);
        return units.OrderBy(u => u.Code).Select(u => new UnitCatalogueHealth(u.Id, u.Code, u.Name, new CatalogueHealthFigures(
            inForce.Count(v => v.Units.Any(x => x.UnitId == u.Id)),
            drafts.Count(v => v.Units.Any(x => x.UnitId == u.Id)),
            inForce.Count(v => v.Units.Any(x => x.UnitId == u.Id)
                && v.LegalBases.Any(b => b.LegalDocument!.EffectiveFrom > day || (b.LegalDocument.ExpiresOn != null && b.LegalDocument.ExpiresOn <= day))),
            inForce.Count(v => v.Units.Any(x => x.UnitId == u.Id)
                && (!v.RequiredDocuments.Any() || !v.ResultDocuments.Any() || !v.LegalBases.Any() || !v.Steps.Any())),
            inForce.Count(v => v.Units.Any(x => x.UnitId == u.Id) && v.OnlineService == OnlineServiceClass.Partial),
            inForce.Count(v => v.Units.Any(x => x.UnitId == u.Id) && v.OnlineService == OnlineServiceClass.Full),
            inForce.Count(v => v.Units.Any(x => x.UnitId == u.Id) && v.Procedure!.SyncState == PortalSyncState.NotSynced),
            inForce.Count(v => v.Units.Any(x => x.UnitId == u.Id) && v.Procedure!.SyncState == PortalSyncState.Synced),
            inForce.Count(v => v.Units.Any(x => x.UnitId == u.Id) && v.Procedure!.SyncState == PortalSyncState.OutOfDate))));
    }

    /// <summary>One row per draft or in-force version in scope (all units when <paramref name="units"/> is null).</summary>
    public static IQueryable<VersionFlags> Flags(OneStopDb db, IQueryable<Unit>? units, DateOnly day)
    {
        var versions = db.ProcedureVersions.Where(v => v.Status == ProcedureStatus.Draft
            || (v.EffectiveFrom <= day && (v.EffectiveTo == null || v.EffectiveTo > day)));
        if (units is not null) versions = versions.Where(v => v.Units.Any(x => units.Any(u => u.Id == x.UnitId)));
        return versions.Select(v => new VersionFlags(
            v.Status == ProcedureStatus.Draft,
            v.LegalBases.Any(b => b.LegalDocument!.EffectiveFrom > day || (b.LegalDocument.ExpiresOn != null && b.LegalDocument.ExpiresOn <= day)),
            !v.RequiredDocuments.Any() || !v.ResultDocuments.Any() || !v.LegalBases.Any() || !v.Units.Any() || !v.Steps.Any(),
            v.OnlineService,
            v.Procedure!.SyncState));
    }

    public static async Task<CatalogueHealth> ComputeAsync(OneStopDb db, IQueryable<Unit> units, bool wholeProvince, DateOnly day, CancellationToken ct)
    {
        var perUnit = (await PerUnit(db, units, day).ToListAsync(ct)).Where(r => r.Figures.Published + r.Figures.Drafts > 0).ToList();
        var flags = await Flags(db, wholeProvince ? null : units, day).ToListAsync(ct);
        var live = flags.Where(f => !f.IsDraft).ToList();
        var total = new CatalogueHealthFigures(live.Count, flags.Count(f => f.IsDraft), live.Count(f => f.CitesExpiredLaw), live.Count(f => f.Missing),
            live.Count(f => f.OnlineService == OnlineServiceClass.Partial), live.Count(f => f.OnlineService == OnlineServiceClass.Full),
            live.Count(f => f.SyncState == PortalSyncState.NotSynced), live.Count(f => f.SyncState == PortalSyncState.Synced),
            live.Count(f => f.SyncState == PortalSyncState.OutOfDate));
        return new CatalogueHealth(day, total, perUnit);
    }
}
