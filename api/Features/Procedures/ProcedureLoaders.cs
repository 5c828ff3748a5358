using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

/// <summary>Procedure versions by id (node refetch), with their procedure.</summary>
public sealed class ProcedureVersionByIdLoader(OneStopDb db) : BatchLoader<int, ProcedureVersion?>
{
    protected override async Task<IReadOnlyDictionary<int, ProcedureVersion?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        await ProcedureRepository.VersionsByIds(db, keys).ToDictionaryAsync(v => v.Id, v => (ProcedureVersion?)v, ct);
}

/// <summary>All versions of procedures, by procedure id, in number order.</summary>
public sealed class ProcedureVersionsByProcedureIdLoader(OneStopDb db) : GroupLoader<int, ProcedureVersion>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ProcedureVersion>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        (await ProcedureRepository.VersionsByProcedureIds(db, keys).ToListAsync(ct)).ByKey(v => v.ProcedureId);
}

public sealed class ProcedureFieldByIdLoader(OneStopDb db) : BatchLoader<int, ProcedureField?>
{
    protected override async Task<IReadOnlyDictionary<int, ProcedureField?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        await ProcedureRepository.FieldsByIds(db, keys).ToDictionaryAsync(f => f.Id, f => (ProcedureField?)f, ct);
}

public sealed class FeesByVersionIdLoader(OneStopDb db) : GroupLoader<int, ProcedureFee>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ProcedureFee>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        (await ProcedureRepository.Fees(db, keys).ToListAsync(ct)).ByKey(x => x.VersionId);
}

public sealed class RequiredDocumentsByVersionIdLoader(OneStopDb db) : GroupLoader<int, RequiredDocument>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<RequiredDocument>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        (await ProcedureRepository.RequiredDocuments(db, keys).ToListAsync(ct)).ByKey(x => x.VersionId);
}

public sealed class ResultDocumentsByVersionIdLoader(OneStopDb db) : GroupLoader<int, ResultDocument>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ResultDocument>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        (await ProcedureRepository.ResultDocuments(db, keys).ToListAsync(ct)).ByKey(x => x.VersionId);
}

public sealed class StepsByVersionIdLoader(OneStopDb db) : GroupLoader<int, ProcedureStep>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ProcedureStep>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        (await ProcedureRepository.Steps(db, keys).ToListAsync(ct)).ByKey(x => x.VersionId);
}

/// <summary>The legal documents each version cites, in citation order.</summary>
public sealed class LegalBasesByVersionIdLoader(OneStopDb db) : GroupLoader<int, LegalDocument>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<LegalDocument>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        (await ProcedureRepository.LegalBases(db, keys).ToListAsync(ct))
            .GroupBy(x => x.VersionId).ToDictionary(g => g.Key, g => (IReadOnlyList<LegalDocument>)[.. g.Select(x => x.Document)]);
}

/// <summary>The implementing and receiving units of each version, in code order.</summary>
public sealed class UnitsByVersionIdLoader(OneStopDb db) : GroupLoader<int, VersionUnit>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<VersionUnit>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        (await ProcedureRepository.Units(db, keys).ToListAsync(ct)).ByKey(x => x.VersionId);
}

internal static class LoaderGrouping
{
    public static IReadOnlyDictionary<int, IReadOnlyList<T>> ByKey<T>(this IEnumerable<T> rows, Func<T, int> key) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
}
