using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Reports;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Features.Dossiers;
using Xunit.Abstractions;
using TimeUnit = OneStop.Api.Features.Calendar.TimeUnit;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>
/// Property tests over seeded random histories: for many random periods, groupings and scopes, every row satisfies
/// the II.06a checks, equals a dossier-by-dossier recount, and a past period's report does not change when later
/// history is played.
/// </summary>
public sealed class ResultsReportPropertyTests(OneStopApiFactory factory, ITestOutputHelper output) : IClassFixture<OneStopApiFactory>
{
    private static readonly DateTime Cut = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Checks_hold_reports_match_a_recount_and_past_periods_do_not_change()
    {
        var watch = Stopwatch.StartNew();
        var generator = new ReportDataGenerator(factory, seed: 766);
        await generator.CreateAsync(400, latest: factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        await generator.ApplyUntilAsync(Cut);
        var rng = new Random(2017);
        var cases = Enumerable.Range(0, 60).Select(_ => RandomCase(rng, Cut)).ToList();

        var before = new List<ResultsReport>();
        foreach (var c in cases) before.Add(await CheckAsync(c));

        // Later history: results, pauses that move deadlines, withdrawals, completions accepted.
        await generator.ApplyUntilAsync(factory.Clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < cases.Count; i++)
        {
            var after = await CheckAsync(cases[i]);
            Assert.Equal(Flatten(before[i]), Flatten(after));
        }
        // And over the whole history, with periods running up to today.
        foreach (var c in Enumerable.Range(0, 60).Select(_ => RandomCase(rng, factory.Clock.GetUtcNow().UtcDateTime.AddDays(30)))) await CheckAsync(c);
        output.WriteLine($"{cases.Count * 2 + 60} cases over 400 dossiers in {watch.ElapsedMilliseconds} ms");
    }

    private static (DateOnly From, DateOnly To, ReportGrouping GroupBy, string? Unit) RandomCase(Random rng, DateTime before)
    {
        var first = DateOnly.FromDateTime(ReportDataGenerator.First.AddDays(-20));
        var last = DateOnly.FromDateTime(before).AddDays(-1);
        var from = first.AddDays(rng.Next(last.DayNumber - first.DayNumber));
        var to = from.AddDays(rng.Next(Math.Max(1, last.DayNumber - from.DayNumber)));
        string?[] units = [null, DossierApi.TamKy, DossierApi.NamTraMy];
        return (from, to, (ReportGrouping)rng.Next(4), units[rng.Next(units.Length)]);
    }

    private static List<string> Flatten(ResultsReport r) =>
        [.. r.Rows.Append(r.Total).Select(x => $"{x.Code}|{x.Label}|{string.Join(',', x.Cells)}")];

    private async Task<ResultsReport> CheckAsync((DateOnly From, DateOnly To, ReportGrouping GroupBy, string? Unit) c)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OneStopDb>();
        var reportService = services.GetRequiredService<ResultsReportService>();
        var unit = c.Unit is null ? null : await db.Units.AsNoTracking().SingleAsync(u => u.Code == c.Unit);
        var scopeOf = new ReportScope(unit?.Path, c.Unit, unit?.Name ?? "Toàn tỉnh");
        var report = await reportService.BuildAsync(scopeOf, c.From, c.To, c.GroupBy, default);
        foreach (var row in report.Rows.Append(report.Total)) Assert.Empty(row.Violations());

        // The recount: one dossier at a time, from the definitions, with the deadline replayed from the pause ledger.
        var w = ReportWindow.Of(c.From, c.To, factory.Clock.GetUtcNow().UtcDateTime);
        var deadlines = services.GetRequiredService<DossierDeadlines>();
        var all = await db.Dossiers.AsNoTracking().Include(d => d.Pauses).ToListAsync();
        var expected = ResultsRow.Empty("", null);
        var byUnit = new Dictionary<int, ResultsRow>();
        foreach (var d in all)
        {
            if (d.LegalAppointmentAt is null || d.ReceivedAt >= w.AsAt || d.FinishedAt < w.Start) continue;
            if (unit is not null && !d.ReceivingUnitPath.StartsWith(unit.Path, StringComparison.Ordinal)) continue;
            var inPeriod = d.ReceivedAt >= w.Start;
            var resolved = d.FinishedAt < w.AsAt;
            var paused = d.Pauses.Any(p => p.StartedAt < w.AsAt && (p.EndedAt is null || p.EndedAt >= w.AsAt) && (p.Effect != PauseEffect.None || p.Kind == PauseKind.Supplement));
            var legal = deadlines.Legal(d, d.Pauses.Where(p => p.StartedAt < w.AsAt));
            var overdue = !resolved && !paused && (d.ProcessingUnit == TimeUnit.WorkingHours ? legal.AppointmentAt.UtcDateTime < w.AsAt : legal.DueDate < w.AsAtDay);
            var row = new ResultsRow("", null, 1, inPeriod && d.Channel == IntakeChannel.Online ? 1 : 0, inPeriod && d.Channel != IntakeChannel.Online ? 1 : 0,
                inPeriod ? 0 : 1, resolved ? 1 : 0, resolved && d.Lateness == Lateness.Early ? 1 : 0,
                resolved && d.Lateness is null or Lateness.OnTime ? 1 : 0, resolved && d.Lateness == Lateness.Late ? 1 : 0,
                resolved ? 0 : 1, resolved || overdue ? 0 : 1, overdue ? 1 : 0);
            expected = expected.Plus(row);
            byUnit[d.ReceivingUnitId] = byUnit.GetValueOrDefault(d.ReceivingUnitId, ResultsRow.Empty("", null)).Plus(row);
        }
        Assert.Equal(expected.Cells, report.Total.Cells);
        if (c.GroupBy == ReportGrouping.Unit)
        {
            var codes = await db.Units.AsNoTracking().Where(u => byUnit.Keys.Contains(u.Id)).ToDictionaryAsync(u => u.Code, u => u.Id);
            Assert.Equal(byUnit.Count, report.Rows.Count);
            foreach (var r in report.Rows) Assert.Equal(byUnit[codes[r.Code!]].Cells, r.Cells);
        }
        return report;
    }
}
