using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Units;

/// <summary>Units by id: one query per request for every id asked for.</summary>
public sealed class UnitByIdLoader(OneStopDb db) : BatchLoader<int, Unit?>
{
    protected override async Task<IReadOnlyDictionary<int, Unit?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        await db.Units.AsNoTracking().Where(u => keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (Unit?)u, ct);
}

/// <summary>Children of units, by parent id, in code order.</summary>
public sealed class UnitsByParentIdLoader(OneStopDb db) : GroupLoader<int, Unit>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Unit>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        var rows = await db.Units.AsNoTracking().Where(u => u.ParentId != null && keys.Contains(u.ParentId.Value))
            .OrderBy(u => u.Code).ToListAsync(ct);
        return rows.GroupBy(u => u.ParentId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<Unit>)[.. g]);
    }
}
