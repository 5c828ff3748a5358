using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Reports;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>
/// Reports over completed periods are cached; every kind of write that can alter a past period's numbers (a dossier
/// action dated in the period, a backfilled past dossier, a digitised document) invalidates them, and the served result
/// always equals a fresh, uncached computation.
/// </summary>
public sealed class ReportCacheTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private static readonly DateOnly From = DateOnly.FromDateTime(ReportDataGenerator.First);
    private static readonly DateOnly To = new(2026, 3, 31);
    private static readonly DateTime End = new(2026, 3, 31, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_cached_report_changes_after_each_kind_of_write_and_equals_a_fresh_computation()
    {
        var generator = new ReportDataGenerator(factory, seed: 77);
        await generator.CreateAsync(120, latest: End);
        await generator.ApplyUntilAsync(End.AddDays(-45));

        var (results, index) = await CheckAsync();
        var (again, indexAgain) = await CheckAsync();
        Assert.Equal(results, again);
        Assert.Equal(index, indexAgain);
        Assert.True(await ServedTwiceAsync(To), "a completed period is served from the cache");
        Assert.False(await ServedTwiceAsync(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime)), "a running period is never cached");

        // Actions dated inside the period (results, pauses, withdrawals).
        await generator.ApplyUntilAsync(End);
        var (afterActions, indexAfterActions) = await CheckAsync();
        Assert.NotEqual(results, afterActions);
        Assert.NotEqual(index, indexAfterActions);

        // A past dossier backfilled now.
        await new ReportDataGenerator(factory, seed: 78).CreateAsync(5, latest: End.AddDays(-30));
        var (afterBackfill, _) = await CheckAsync();
        Assert.NotEqual(afterActions, afterBackfill);

        // A component digitised now (service index 4.3).
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
            var start = new DateTime(2025, 9, 30, 17, 0, 0, DateTimeKind.Utc);
            var dossierIds = await db.Dossiers.Where(d => d.ReceivedAt >= start && d.ReceivedAt < End && d.LegalAppointmentAt != null)
                .Where(d => !db.DossierDocuments.Any(x => x.DossierId == d.Id && x.Digitised)).Select(d => d.Id).ToListAsync();
            var document = await db.DossierDocuments.FirstAsync(x => dossierIds.Contains(x.DossierId));
            document.Digitised = true;
            await db.SaveChangesAsync();
        }
        var (_, indexAfterScan) = await CheckAsync();
        Assert.NotEqual(indexAfterActions, indexAfterScan);
    }

    [Fact]
    public async Task II_06a_and_the_index_share_one_snapshot_that_is_read_again_after_a_write()
    {
        var generator = new ReportDataGenerator(factory, seed: 91);
        await generator.CreateAsync(60, latest: End);
        await generator.ApplyUntilAsync(End.AddDays(-60));
        var w = ReportWindow.Of(From, To, factory.Clock.GetUtcNow().UtcDateTime);
        var cache = factory.Services.GetRequiredService<ReportCache>();

        var first = await SnapshotAsync(w);
        Assert.Same(first, await SnapshotAsync(w));
        // Both reports of the same completed period are computed from that one snapshot and equal a fresh computation.
        await CheckAsync();
        Assert.Same(first, await SnapshotAsync(w));

        // Actions dated inside the period (results, pauses, withdrawals): a new snapshot, and reports that follow it.
        await generator.ApplyUntilAsync(End);
        var after = await SnapshotAsync(w);
        Assert.NotSame(first, after);
        Assert.NotEqual(Json(first), Json(after));
        using (var scope = factory.Services.CreateScope())
        {
            var fresh = await ReportSnapshot.ReadAsync(scope.ServiceProvider.GetRequiredService<OneStopDb>(), null, w, closedAsOnTime: true, default);
            Assert.Equal(Json(fresh), Json(after));
        }
        await CheckAsync();

        // A running period is never shared: every request reads it afresh.
        var running = ReportWindow.Of(From, DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime), factory.Clock.GetUtcNow().UtcDateTime);
        Assert.NotSame(await SnapshotAsync(running), await SnapshotAsync(running));

        async Task<ReportSnapshot> SnapshotAsync(ReportWindow window)
        {
            using var scope = factory.Services.CreateScope();
            return await cache.SnapshotAsync(scope.ServiceProvider.GetRequiredService<OneStopDb>(), null, window, closedAsOnTime: true, default);
        }

        static string Json(ReportSnapshot s) => JsonSerializer.Serialize(new
        {
            Facts = s.Facts.OrderBy(f => f.Id),
            Pauses = s.Facts.OrderBy(f => f.Id).SelectMany(f => s.PausesOf(f.Id)).OrderBy(x => x.Id).Select(x => new { x.Id, x.DossierId, x.StartedAt, x.EndedAt }),
        });
    }

    [Fact]
    public async Task The_data_stamp_translates_for_SQL_Server_and_reads_on_SQLite()
    {
        using var db = DatabaseTests.SqlServer();
        var sql = db.Units.Take(1).Select(_ => db.Dossiers.Max(d => (long?)d.Id)).ToQueryString();
        Assert.Contains("MAX([d].[Id])", sql, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        await DossierApi.EnsureCatalogueAsync(factory);
        var sqlite = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        await ReportCache.StampAsync(sqlite, default);
        var counter = factory.Services.GetRequiredService<SqlStatementCounter>();
        var before = counter.Count;
        Assert.NotNull(await ReportCache.StampAsync(sqlite, default));
        // One statement: the stamp is read on every report request.
        Assert.Equal(1, counter.Count - before);
    }

    private async Task<bool> ServedTwiceAsync(DateOnly to)
    {
        using var scope = factory.Services.CreateScope();
        var results = scope.ServiceProvider.GetRequiredService<ResultsReportService>();
        var reportScope = new ReportScope(null, null, "Toàn tỉnh");
        return ReferenceEquals(await results.BuildAsync(reportScope, From, to, ReportGrouping.Field, default),
            await results.BuildAsync(reportScope, From, to, ReportGrouping.Field, default));
    }

    /// <summary>Served (possibly cached) and freshly computed reports, equal as JSON; returns the served ones as JSON.</summary>
    private async Task<(string Results, string Index)> CheckAsync()
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var reportScope = new ReportScope(null, null, "Toàn tỉnh");
        var w = ReportWindow.Of(From, To, factory.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(w.End, w.AsAt);
        var results = services.GetRequiredService<ResultsReportService>();
        var served = JsonSerializer.Serialize(await results.BuildAsync(reportScope, From, To, ReportGrouping.Unit, default));
        Assert.Equal(JsonSerializer.Serialize(await results.ComputeAsync(reportScope, w, ReportGrouping.Unit, default)), served);
        var index = services.GetRequiredService<ServiceIndexService>();
        var servedIndex = JsonSerializer.Serialize(await index.BuildAsync(reportScope, From, To, default));
        Assert.Equal(JsonSerializer.Serialize(await index.ComputeAsync(reportScope, w, default)), servedIndex);
        return (served, servedIndex);
    }
}
