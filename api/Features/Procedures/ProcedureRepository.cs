using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Procedures;

/// <summary>What <c>procedures(where:)</c> accepts; <c>inForceOn</c> defaults to today (Vietnam time).</summary>
public sealed record ProcedureFilter(
    string? Search = null,
    string? FieldCode = null,
    ImplementingLevels? Level = null,
    string? UnitCode = null,
    OnlineServiceClass? OnlineService = null,
    ProcedureStatus? Status = null,
    bool? CitesExpiredLaw = null,
    PortalSyncState? SyncState = null,
    DateOnly? InForceOn = null);

/// <summary>A legal basis of a version, as the loaders return it.</summary>
public sealed record VersionLegalBasis(int VersionId, LegalDocument Document);

/// <summary>A unit of a version, as the loaders return it.</summary>
public sealed record VersionUnit(int VersionId, ProcedureUnitRoles Roles, Unit Unit);

/// <summary>
/// Every query the catalogue runs, in one place, so that a test can print each of them for SQL Server
/// (<c>ToQueryString</c>) and prove they translate on both providers. No provider-specific SQL here.
/// </summary>
public static class ProcedureRepository
{
    /// <summary>Versions in force on a day: published (or retired later) with effectiveFrom ≤ day &lt; effectiveTo.</summary>
    public static IQueryable<ProcedureVersion> InForceOn(this IQueryable<ProcedureVersion> versions, DateOnly day) =>
        versions.Where(v => v.Status != ProcedureStatus.Draft && v.EffectiveFrom <= day && (v.EffectiveTo == null || v.EffectiveTo > day));

    /// <summary>Versions citing a legal document that is not in force on the day.</summary>
    public static IQueryable<ProcedureVersion> CitingExpiredLaw(this IQueryable<ProcedureVersion> versions, DateOnly day, bool cites = true) =>
        cites
            ? versions.Where(v => v.LegalBases.Any(b => b.LegalDocument!.EffectiveFrom > day || (b.LegalDocument.ExpiresOn != null && b.LegalDocument.ExpiresOn <= day)))
            : versions.Where(v => !v.LegalBases.Any(b => b.LegalDocument!.EffectiveFrom > day || (b.LegalDocument.ExpiresOn != null && b.LegalDocument.ExpiresOn <= day)));

    /// <summary>Versions lacking something every procedure must publish (DOMAIN.md: documents, results, legal bases, units, process).</summary>
    public static IQueryable<ProcedureVersion> MissingRequiredFields(this IQueryable<ProcedureVersion> versions) =>
        versions.Where(v => !v.RequiredDocuments.Any() || !v.ResultDocuments.Any() || !v.LegalBases.Any() || !v.Units.Any() || !v.Steps.Any());

    /// <summary>The catalogue list: one version per procedure (in force, or draft / retired when asked), filtered.</summary>
    public static IQueryable<ProcedureVersion> Search(OneStopDb db, ProcedureFilter f, DateOnly today)
    {
        var day = f.InForceOn ?? today;
        IQueryable<ProcedureVersion> q = db.ProcedureVersions.AsNoTracking().Include(v => v.Procedure);
        q = f.Status switch
        {
            ProcedureStatus.Draft => q.Where(v => v.Status == ProcedureStatus.Draft),
            ProcedureStatus.Retired => q.Where(v => v.Status == ProcedureStatus.Retired),
            ProcedureStatus.Published => q.InForceOn(day).Where(v => v.Status == ProcedureStatus.Published),
            _ => q.InForceOn(day),
        };
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var folded = VietnameseText.Fold(f.Search);
            q = q.Where(v => v.SearchText.Contains(folded));
        }
        if (f.FieldCode is { } fieldCode) q = q.Where(v => v.Field!.Code == fieldCode);
        if (f.Level is { } level) q = q.Where(v => (v.Levels & level) == level);
        if (f.UnitCode is { } unitCode) q = q.Where(v => v.Units.Any(u => u.Unit!.Code == unitCode));
        if (f.OnlineService is { } online) q = q.Where(v => v.OnlineService == online);
        if (f.SyncState is { } sync) q = q.Where(v => v.Procedure!.SyncState == sync);
        if (f.CitesExpiredLaw is { } cites) q = q.CitingExpiredLaw(day, cites);
        return q;
    }

    public static IQueryable<ProcedureVersion> VersionsByIds(OneStopDb db, IReadOnlyList<int> ids) =>
        db.ProcedureVersions.AsNoTracking().Include(v => v.Procedure).Where(v => ids.Contains(v.Id));

    public static IQueryable<ProcedureVersion> VersionsByProcedureIds(OneStopDb db, IReadOnlyList<int> procedureIds) =>
        db.ProcedureVersions.AsNoTracking().Include(v => v.Procedure).Where(v => procedureIds.Contains(v.ProcedureId))
            .OrderBy(v => v.ProcedureId).ThenBy(v => v.Number);

    /// <summary>The version of a code in force on a day, else (for signed-in users) its newest version.</summary>
    public static IQueryable<ProcedureVersion> ByCode(OneStopDb db, string code, DateOnly day, bool includeUnpublished)
    {
        var versions = db.ProcedureVersions.AsNoTracking().Include(v => v.Procedure).Where(v => v.Code == code);
        var inForce = versions.InForceOn(day);
        return includeUnpublished
            ? versions.OrderByDescending(v => inForce.Any(x => x.Id == v.Id)).ThenByDescending(v => v.Number)
            : inForce.OrderByDescending(v => v.Number);
    }

    public static IQueryable<ProcedureField> FieldsByIds(OneStopDb db, IReadOnlyList<int> ids) =>
        db.ProcedureFields.AsNoTracking().Where(f => ids.Contains(f.Id));

    public static IQueryable<ProcedureFee> Fees(OneStopDb db, IReadOnlyList<int> versionIds) =>
        db.ProcedureFees.AsNoTracking().Where(x => versionIds.Contains(x.VersionId)).OrderBy(x => x.VersionId).ThenBy(x => x.Ordinal);

    public static IQueryable<RequiredDocument> RequiredDocuments(OneStopDb db, IReadOnlyList<int> versionIds) =>
        db.RequiredDocuments.AsNoTracking().Where(x => versionIds.Contains(x.VersionId)).OrderBy(x => x.VersionId).ThenBy(x => x.Ordinal);

    public static IQueryable<ResultDocument> ResultDocuments(OneStopDb db, IReadOnlyList<int> versionIds) =>
        db.ResultDocuments.AsNoTracking().Where(x => versionIds.Contains(x.VersionId)).OrderBy(x => x.VersionId).ThenBy(x => x.Ordinal);

    public static IQueryable<ProcedureStep> Steps(OneStopDb db, IReadOnlyList<int> versionIds) =>
        db.ProcedureSteps.AsNoTracking().Where(x => versionIds.Contains(x.VersionId)).OrderBy(x => x.VersionId).ThenBy(x => x.Ordinal);

    public static IQueryable<VersionLegalBasis> LegalBases(OneStopDb db, IReadOnlyList<int> versionIds) =>
        db.ProcedureLegalBases.AsNoTracking().Where(x => versionIds.Contains(x.VersionId)).OrderBy(x => x.VersionId).ThenBy(x => x.Ordinal)
            .Select(x => new VersionLegalBasis(x.VersionId, x.LegalDocument!));

    public static IQueryable<VersionUnit> Units(OneStopDb db, IReadOnlyList<int> versionIds) =>
        db.ProcedureVersionUnits.AsNoTracking().Where(x => versionIds.Contains(x.VersionId)).OrderBy(x => x.VersionId).ThenBy(x => x.Unit!.Code)
            .Select(x => new VersionUnit(x.VersionId, x.Roles, x.Unit!));

    /// <summary>Versions (drafts, or in force on the day) that cite a legal document: what to fix when it is replaced.</summary>
    public static IQueryable<ProcedureVersion> Citing(OneStopDb db, int legalDocumentId, DateOnly day)
    {
        var versions = db.ProcedureVersions.AsNoTracking().Include(v => v.Procedure);
        var inForce = versions.InForceOn(day);
        return versions
            .Where(v => v.Status == ProcedureStatus.Draft || inForce.Any(x => x.Id == v.Id))
            .Where(v => v.LegalBases.Any(b => b.LegalDocumentId == legalDocumentId))
            .OrderBy(v => v.Code).ThenBy(v => v.Number);
    }
}
