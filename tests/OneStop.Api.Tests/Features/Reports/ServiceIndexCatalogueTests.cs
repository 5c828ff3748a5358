using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Reports;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>Indicators 3.1 and 3.2: the catalogue counts read in one statement equal the counts taken one by one.</summary>
public sealed class ServiceIndexCatalogueTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    [Fact]
    public async Task The_catalogue_counts_in_one_statement_equal_the_counts_one_by_one()
    {
        await new ReportDataGenerator(factory, seed: 31).CreateAsync(60, latest: factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        // The generated dossiers' procedures offered online, so that 3.2 counts some.
        await db.ProcedureVersions.Where(v => v.Code == DossierApi.FiveDays || v.Code == DossierApi.SameDay)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.OnlineService, OnlineServiceClass.Full));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var paths = await db.Units.AsNoTracking().Where(u => u.Code == DossierApi.TamKy || u.Code == DossierApi.NamTraMy || u.ParentId == null).Select(u => u.Path).ToListAsync();
        var seen = new List<CatalogueCounts>();
        foreach (var w in new[] { ReportWindow.Of(DateOnly.FromDateTime(ReportDataGenerator.First), DossierClock.LocalDate(now), now), ReportWindow.Of(new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31), now) })
            foreach (var path in paths.Append(null))
            {
                var versions = (await db.ProcedureVersions.AsNoTracking().InForceOn(w.To).Include(v => v.Units).ThenInclude(u => u.Unit).ToListAsync())
                    .Where(v => path is null || v.Units.Any(u => u.Unit!.Path.StartsWith(path, StringComparison.Ordinal))).ToList();
                var online = versions.Where(v => v.OnlineService != OnlineServiceClass.None).ToList();
                var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.Channel == IntakeChannel.Online && d.ReceivedAt >= w.Start && d.ReceivedAt < w.AsAt)
                    .Select(d => new { d.ProcedureId, d.ReceivingUnitPath }).ToListAsync();
                var used = online.Count(v => dossiers.Any(d => d.ProcedureId == v.ProcedureId && (path is null || d.ReceivingUnitPath.StartsWith(path, StringComparison.Ordinal))));
                var counts = await ServiceIndexService.Catalogue(db, path, w).FirstOrDefaultAsync() ?? new CatalogueCounts(0, 0, 0);
                Assert.Equal(new CatalogueCounts(versions.Count, online.Count, used), counts);
                seen.Add(counts);
            }
        // Both the empty case (nothing in force in 2000) and real counts with online use were compared.
        Assert.Contains(new CatalogueCounts(0, 0, 0), seen);
        Assert.Contains(seen, c => c.Used > 0 && c.Offered > c.Used && c.Procedures > c.Offered);
    }
}
