using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Reports;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Tests.Features.Dossiers;

namespace OneStop.Api.Tests.Features.Reports;

/// <summary>The 766 on-time rule (DOMAIN.md §4.2, HIGH) on dossiers built with the domain methods.</summary>
public sealed class Decision766RuleTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private static readonly Actor Bot = new(null, "Kiểm thử", null);

    [Fact]
    public async Task Two_supplement_requests_count_late_and_an_open_request_ends_the_clock_at_its_date()
    {
        await DossierApi.EnsureCatalogueAsync(factory);
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OneStopDb>();
        var deadlines = services.GetRequiredService<DossierDeadlines>();
        var index = services.GetRequiredService<ServiceIndexService>();
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == DossierApi.TamKy);
        var received = new DateTime(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);
        var catalogue = (await services.GetRequiredService<DossierFactory>().CatalogueAsync(DossierApi.FiveDays, DossierClock.LocalDate(received), default))!;
        Dossier New(int seq) => services.GetRequiredService<DossierFactory>().Create(new IntakeCommand(DossierApi.FiveDays, unit.Code, IntakeChannel.Online,
            new ApplicantData(ApplicantKind.Citizen, "Lê Văn Kiểm", "049095000123", "0905123789", null, null)), catalogue, unit, Bot, received, 9000 + seq);

        var twice = New(1);
        Assert.Null(twice.Assign(received.AddHours(1), Bot, unit.Id, unit.Path, null, null, null));
        Assert.Null(twice.Appraise(received.AddHours(2), "Thiếu"));
        for (var i = 0; i < 2; i++)
        {
            Assert.Null(twice.RequestSupplement(received.AddHours(3 + (2 * i)), Bot, "CCCD", "Thiếu", i == 0 ? null : "Lần hai"));
            deadlines.Recompute(twice);
            Assert.Null(twice.Resume(received.AddHours(4 + (2 * i)), Bot));
            deadlines.Recompute(twice);
        }
        Assert.Null(twice.SubmitForApproval(received.AddHours(8), Bot, unit.Id, unit.Path, null, null, null, null));
        Assert.Null(twice.Approve());
        var ready = received.AddDays(1);
        Assert.Null(twice.MarkResultReady(ready, Bot, unit.Path, deadlines.FinishedNow(twice, ready)));
        Assert.NotEqual(Lateness.Late, twice.Lateness);

        var waiting = New(2);
        Assert.Null(waiting.Assign(received.AddHours(1), Bot, unit.Id, unit.Path, null, null, null));
        Assert.Null(waiting.Appraise(received.AddHours(2), "Thiếu"));
        Assert.Null(waiting.RequestSupplement(received.AddHours(3), Bot, "CCCD", "Thiếu", null));
        deadlines.Recompute(waiting);

        var window = ReportWindow.Of(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc));
        // Finished a day after receipt, legally on time, but two supplement requests make it late for 766.
        Assert.False(index.OnTime766(twice, window));
        // Still waiting for the applicant at the end of the month: the request date (3 hours in) is the end time.
        Assert.True(index.OnTime766(waiting, window));
    }

    [Fact]
    public async Task The_lean_replay_gives_the_same_instants_as_the_explained_deadline()
    {
        var generator = new ReportDataGenerator(factory, seed: 766);
        await generator.CreateAsync(120, latest: factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        await generator.ApplyUntilAsync(factory.Clock.GetUtcNow().UtcDateTime);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        var deadlines = scope.ServiceProvider.GetRequiredService<DossierDeadlines>();
        var paused = await db.Dossiers.AsNoTracking().Include(d => d.Pauses).Where(d => d.Pauses.Any()).ToListAsync();
        Assert.Contains(paused, d => d.Pauses.Any(p => p.Kind == PauseKind.Supplement && p.Effect == PauseEffect.Restart));
        Assert.Contains(paused, d => d.Pauses.Any(p => p.EndedAt is null));
        static object Instants(OneStop.Api.Features.Calendar.DeadlineResult r) => (r.AppointmentAt, r.DueDate, r.Unit, r.ClockStartsAt, r.IsProvisional);
        var compared = 0;
        foreach (var d in paused)
        {
            var basis = DeadlineBasis.Of(d);
            // Every prefix of the ledger: the ledger as it stood before each pause began, as the reports replay it.
            var ledger = d.Pauses.OrderBy(p => p.StartedAt).ToList();
            for (var n = 0; n <= ledger.Count; n++)
            {
                var known = ledger.Take(n).ToList();
                Assert.NotEmpty(deadlines.Decision766(basis, known).Explanation);
                Assert.Empty(deadlines.Decision766Due(basis, known).Explanation);
                Assert.Equal(Instants(deadlines.Decision766(basis, known)), Instants(deadlines.Decision766Due(basis, known)));
                Assert.Equal(Instants(deadlines.Legal(basis, known)), Instants(deadlines.LegalDue(basis, known)));
                compared++;
            }
        }
        Assert.True(compared > paused.Count);
    }
}
