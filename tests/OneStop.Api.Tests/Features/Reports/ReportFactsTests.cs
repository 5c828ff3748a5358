using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Reports;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Features.Dossiers;
using OneStop.Api.Tests.Infrastructure.Data;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>
/// The reports read a narrow projection of the in-scope dossiers (covering index) and aggregate it in memory. Over
/// generated histories, before and after later events (results, pauses, withdrawals), II.06a equals the direct SQL
/// computation (GROUP BY with conditional sums) cell by cell, and the service index equals a dossier-by-dossier recount.
/// </summary>
public sealed class ReportFactsTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private static readonly DateTime Cut = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task In_memory_aggregation_equals_the_direct_computation_before_and_after_later_events()
    {
        var generator = new ReportDataGenerator(factory, seed: 4242);
        await generator.CreateAsync(300, latest: factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        await generator.ApplyUntilAsync(Cut);
        var rng = new Random(606);
        var cases = Enumerable.Range(0, 25).Select(_ => RandomCase(rng)).ToList();
        foreach (var c in cases) await CheckAsync(c);
        await generator.ApplyUntilAsync(factory.Clock.GetUtcNow().UtcDateTime);
        foreach (var c in cases) await CheckAsync(c);
    }

    [Fact]
    public void The_projection_translates_for_SQL_Server()
    {
        using var db = DatabaseTests.SqlServer();
        var w = ReportWindow.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc));
        var inScope = ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), "/1/4/", w, closedAsOnTime: true);
        var facts = ReportFacts.Of(inScope, w).ToQueryString();
        Assert.DoesNotContain("GROUP BY", facts, StringComparison.Ordinal);
        Assert.Contains("[d].[FinishedAt] IS NULL OR [d].[FinishedAt] >=", facts, StringComparison.Ordinal);
        // The snapshot reads the facts through the provider's reader from EF's command: five integer columns in this order.
        using var command = ReportFacts.Of(inScope, w).CreateDbCommand();
        Assert.StartsWith("SELECT [d].[Id], [d].[ReceivingUnitId], [d].[ProcedureId], [d].[FieldId], CASE", command.CommandText, StringComparison.Ordinal);
        var ledger = ReportFacts.Ledger(inScope, db).ToQueryString();
        Assert.Contains("INNER JOIN [DossierPauses] AS [d0] ON [d].[Id] = [d0].[DossierId]", ledger, StringComparison.Ordinal);
        Assert.Contains("[d].[FinishedAt] IS NULL OR [d].[FinishedAt] >=", ledger, StringComparison.Ordinal);
        Assert.DoesNotContain("OPENJSON", ledger, StringComparison.Ordinal);
        Assert.Contains("OPENJSON", ReportFacts.Bases(db, [1, 2, 3]).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("DISTINCT", ReportFacts.Digitised(db, 1, 10).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("OPENJSON", ReportFacts.WithPauses(db, [1, 2, 3]).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digitised_documents_are_found_by_seeking_their_index_on_SQLite()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        await using var command = ReportFacts.Digitised(db, 1, 1_000_000).CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            var plan = new List<string>();
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
            Assert.Contains(plan, line => line.Contains("COVERING INDEX IX_DossierDocuments_Digitised_DossierId (Digitised=?", StringComparison.Ordinal));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task The_snapshot_reads_the_same_facts_and_ledgers_as_EF_materialisation()
    {
        var generator = new ReportDataGenerator(factory, seed: 515);
        await generator.CreateAsync(80, latest: factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        await generator.ApplyUntilAsync(Cut);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        var w = ReportWindow.Of(DateOnly.FromDateTime(ReportDataGenerator.First), DateOnly.FromDateTime(Cut), factory.Clock.GetUtcNow().UtcDateTime);
        var inScope = ResultsReportQueries.InScope(db.Dossiers.AsNoTracking(), null, w, closedAsOnTime: true);

        var snapshot = await ReportSnapshot.ReadAsync(db, null, w, closedAsOnTime: true, default);

        var facts = await ReportFacts.Of(inScope, w).ToListAsync();
        Assert.NotEmpty(facts);
        Assert.Equal(facts.OrderBy(f => f.Id), snapshot.Facts.OrderBy(f => f.Id));
        var ledgers = await inScope.Where(d => d.Pauses.Any()).Include(d => d.Pauses).ToListAsync();
        Assert.NotEmpty(ledgers);
        Assert.Equal(ledgers.Select(d => d.Id).Order(), facts.Where(f => snapshot.HasPauses(f.Id)).Select(f => f.Id).Order());
        static IEnumerable<(long, PauseKind, PauseEffect, string, DateTime, DateTime?)> Columns(IEnumerable<DossierPause> pauses) =>
            pauses.Select(p => (p.Id, p.Kind, p.Effect, p.Reason, p.StartedAt, p.EndedAt)).Order();
        var replays = await snapshot.ReplaysAsync(db, [.. ledgers.Select(d => d.Id)], default);
        foreach (var (d, read) in ledgers.Zip(replays))
        {
            Assert.Equal(Columns(d.Pauses), Columns(snapshot.PausesOf(d.Id)));
            Assert.Equal((d.ReceivingUnitId, d.ProcedureId, d.FieldId, DeadlineBasis.Of(d), d.FinishedAt), (read.UnitId, read.ProcedureId, read.FieldId, read.Basis, read.FinishedAt));
            Assert.Equal(Columns(d.Pauses), Columns(read.Pauses));
        }
        // Read once per snapshot: asked again (the other report), the same replays come back.
        Assert.Same(replays[0], (await snapshot.ReplaysAsync(db, [ledgers[0].Id], default))[0]);
        // The connection EF opened for the reader is closed again, so the context keeps working as usual.
        Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
    }

    private static (DateOnly From, DateOnly To, string? Unit) RandomCase(Random rng)
    {
        var first = DateOnly.FromDateTime(ReportDataGenerator.First.AddDays(-20));
        var last = DateOnly.FromDateTime(Cut).AddDays(-1);
        var from = first.AddDays(rng.Next(last.DayNumber - first.DayNumber));
        var to = from.AddDays(rng.Next(Math.Max(1, last.DayNumber - from.DayNumber)));
        string?[] units = [null, DossierApi.TamKy, DossierApi.NamTraMy];
        return (from, to, units[rng.Next(units.Length)]);
    }

    private async Task CheckAsync((DateOnly From, DateOnly To, string? Unit) c)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OneStopDb>();
        var unit = c.Unit is null ? null : await db.Units.AsNoTracking().SingleAsync(u => u.Code == c.Unit);
        var reportScope = new ReportScope(unit?.Path, c.Unit, unit?.Name ?? "Toàn tỉnh");
        var results = services.GetRequiredService<ResultsReportService>();

        // II.06a: per unit and in total, the in-memory aggregation equals the SQL GROUP BY.
        var report = await results.BuildAsync(reportScope, c.From, c.To, ReportGrouping.Unit, default);
        var cells = await results.CellsInSqlAsync(reportScope, c.From, c.To, default);
        var codes = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code);
        var direct = cells.GroupBy(x => codes[x.Key.UnitId]).ToDictionary(g => g.Key, g => g.Aggregate(ResultsRow.Empty("", null), (r, x) => r.Plus(x.Value)).Cells);
        Assert.Equal(direct.Keys.Order(StringComparer.Ordinal), report.Rows.Select(r => r.Code!));
        foreach (var row in report.Rows) Assert.Equal(direct[row.Code!], row.Cells);
        Assert.Equal(cells.Values.Aggregate(ResultsRow.Empty("", null), (r, x) => r.Plus(x)).Cells, report.Total.Cells);

        // Service index 2.1, 3.3: recounted one dossier at a time from the definitions.
        var indexService = services.GetRequiredService<ServiceIndexService>();
        var index = await indexService.BuildAsync(reportScope, c.From, c.To, default);
        var w = ReportWindow.Of(c.From, c.To, factory.Clock.GetUtcNow().UtcDateTime);
        var inScope = (await db.Dossiers.AsNoTracking().Include(d => d.Pauses).ToListAsync())
            .Where(d => d.LegalAppointmentAt is not null && d.ReceivedAt < w.AsAt && !(d.FinishedAt < w.Start))
            .Where(d => unit is null || d.ReceivingUnitPath.StartsWith(unit.Path, StringComparison.Ordinal)).ToList();
        var onTime = inScope.Count(d => d.Pauses.Count > 0 ? indexService.OnTime766(d, w)
            : d.FinishedAt < w.AsAt ? (d.Lateness is null ? d.FinishedAt <= d.LegalAppointmentAt : d.Lateness != Lateness.Late)
            : !(d.ProcessingUnit == TimeUnit.WorkingHours ? d.LegalAppointmentAt < w.AsAt : d.LegalDueDate < w.AsAtDay));
        var indicators = index.Groups.SelectMany(g => g.Indicators).ToDictionary(i => i.Code);
        Assert.Equal((onTime, inScope.Count), (indicators["2.1"].Numerator, indicators["2.1"].Denominator));
        var received = inScope.Where(d => d.ReceivedAt >= w.Start).ToList();
        Assert.Equal((received.Count(d => d.Channel == IntakeChannel.Online), received.Count), (indicators["3.3"].Numerator, indicators["3.3"].Denominator));
    }
}
