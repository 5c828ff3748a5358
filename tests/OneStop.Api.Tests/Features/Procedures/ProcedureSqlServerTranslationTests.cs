using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Procedures;

/// <summary>
/// SQL Server cannot run here, so every catalogue query is translated (not executed) against the SQL Server provider:
/// a query EF cannot translate throws from <c>ToQueryString</c>.
/// </summary>
public sealed class ProcedureSqlServerTranslationTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 26);
    private readonly SqlServerOneStopDb _db = new(new DbContextOptionsBuilder<SqlServerOneStopDb>().UseSqlServer("Server=none;Database=x").Options);

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> Filters() =>
    [
        "none", "search", "field", "level", "unit", "online", "draft", "retired", "published", "expired", "notExpired", "sync", "all",
    ];

    private static ProcedureFilter Filter(string name) => name switch
    {
        "search" => new(Search: "Đăng ký khai sinh"),
        "field" => new(FieldCode: "TP-HT"),
        "level" => new(Level: ImplementingLevels.Commune),
        "unit" => new(UnitCode: "000.00.03.H47"),
        "online" => new(OnlineService: OnlineServiceClass.Full),
        "draft" => new(Status: ProcedureStatus.Draft),
        "retired" => new(Status: ProcedureStatus.Retired),
        "published" => new(Status: ProcedureStatus.Published, InForceOn: new DateOnly(2024, 1, 1)),
        "expired" => new(CitesExpiredLaw: true),
        "notExpired" => new(CitesExpiredLaw: false),
        "sync" => new(SyncState: PortalSyncState.OutOfDate),
        "all" => new("dang ky", "TP-HT", ImplementingLevels.Province, "000.00.03.H47", OnlineServiceClass.Partial, ProcedureStatus.Published, true, PortalSyncState.Synced),
        _ => new(),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Catalogue_list_translates_with_every_filter_and_keyset_page(string filter)
    {
        var q = ProcedureRepository.Search(_db, Filter(filter), Day);
        foreach (var order in new[] { ProcedureQueries.ByCode, ProcedureQueries.ByName })
        {
            Assert.True(order.TryAfter(q, order.CursorOf(new ProcedureVersion { Code = "1.001612", Number = 1 }), out var after));
            var sql = order.Order(after).Take(51).ToQueryString();
            Assert.Contains("SELECT TOP(@", sql, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Loader_and_lookup_queries_translate()
    {
        int[] ids = [1, 2, 3];
        var sqls = new[]
        {
            ProcedureRepository.VersionsByIds(_db, ids).ToQueryString(),
            ProcedureRepository.VersionsByProcedureIds(_db, ids).ToQueryString(),
            ProcedureRepository.ByCode(_db, "1.001612", Day, includeUnpublished: true).Take(1).ToQueryString(),
            ProcedureRepository.ByCode(_db, "1.001612", Day, includeUnpublished: false).Take(1).ToQueryString(),
            ProcedureRepository.FieldsByIds(_db, ids).ToQueryString(),
            ProcedureRepository.Fees(_db, ids).ToQueryString(),
            ProcedureRepository.RequiredDocuments(_db, ids).ToQueryString(),
            ProcedureRepository.ResultDocuments(_db, ids).ToQueryString(),
            ProcedureRepository.Steps(_db, ids).ToQueryString(),
            ProcedureRepository.LegalBases(_db, ids).ToQueryString(),
            ProcedureRepository.Units(_db, ids).ToQueryString(),
            ProcedureRepository.Citing(_db, 7, Day).ToQueryString(),
            _db.ProcedureVersions.MissingRequiredFields().ToQueryString(),
        };
        Assert.All(sqls, sql => Assert.Contains("SELECT", sql, StringComparison.Ordinal));
    }

    [Fact]
    public void Catalogue_health_queries_translate()
    {
        var units = _db.Units.Where(u => u.Path.StartsWith("/000.00.00.H47/"));
        Assert.Contains("COUNT", CatalogueHealthQueries.PerUnit(_db, units, Day).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("EXISTS", CatalogueHealthQueries.Flags(_db, units, Day).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("EXISTS", CatalogueHealthQueries.Flags(_db, null, Day).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Legal_document_queries_translate()
    {
        var q = LegalDocumentQueries.Search(_db, new LegalDocumentFilter("luat dat dai", LegalDocumentKind.Law, InForce: false), Day);
        Assert.True(LegalDocumentQueries.ByNumber.TryAfter(q, LegalDocumentQueries.ByNumber.CursorOf(new LegalDocument
        {
            Number = "61/2018/NĐ-CP",
            Kind = LegalDocumentKind.Decree,
            Title = "",
            Issuer = "",
            IssuedOn = Day,
            EffectiveFrom = Day,
            SearchText = "",
        }), out var after));
        Assert.Contains("ORDER BY", LegalDocumentQueries.ByNumber.Order(after).Take(21).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("WHERE", LegalDocumentQueries.Search(_db, new LegalDocumentFilter(InForce: true), Day).ToQueryString(), StringComparison.Ordinal);
    }
}
