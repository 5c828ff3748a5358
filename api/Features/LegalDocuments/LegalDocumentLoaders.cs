using Microsoft.EntityFrameworkCore;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.LegalDocuments;

/// <summary>Legal documents by id (replacedBy, node refetch).</summary>
public sealed class LegalDocumentByIdLoader(OneStopDb db) : BatchLoader<int, LegalDocument?>
{
    protected override async Task<IReadOnlyDictionary<int, LegalDocument?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
        await db.LegalDocuments.AsNoTracking().Where(d => keys.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => (LegalDocument?)d, ct);
}
