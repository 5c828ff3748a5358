using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Infrastructure.Data;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;
using static OneStop.Api.Tests.Features.Satisfaction.SatisfactionApi;

namespace OneStop.Api.Tests.Features.Satisfaction;

/// <summary>Many citizens rating at once: its own database.</summary>
public sealed class RatingLoadTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private static readonly Actor Desk = new(null, "Bộ phận một cửa", null);

    /// <summary>Returned dossiers played through the domain workflow, each with the receipt's rating link, as <c>returnDossierResult</c> issues it.</summary>
    private async Task<IReadOnlyList<(long Id, string Code, string Token)>> ReturnedDossiersAsync(int count)
    {
        await EnsureCatalogueAsync(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        var dossierFactory = scope.ServiceProvider.GetRequiredService<DossierFactory>();
        var deadlines = scope.ServiceProvider.GetRequiredService<DossierDeadlines>();
        var tokens = scope.ServiceProvider.GetRequiredService<RatingTokens>();
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == TamKy);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var received = now.AddDays(-3);
        var catalogue = (await dossierFactory.CatalogueAsync(FiveDays, DossierClock.LocalDate(received), default))!;
        var sequence = await db.Dossiers.CountAsync() + 20_000;
        var dossiers = new List<Dossier>();
        for (var i = 0; i < count; i++)
        {
            var command = new IntakeCommand(catalogue.Version.Code, unit.Code, IntakeChannel.Direct,
                new ApplicantData(ApplicantKind.Citizen, "Nguyễn Văn Đánh", "049095000123", "0905123789", null, null));
            var d = dossierFactory.Create(command, catalogue, unit, Desk, received, ++sequence);
            void Must(OneStop.Api.Infrastructure.Errors.DomainError? e) => Assert.Null(e);
            Must(d.Assign(received.AddHours(1), Desk, unit.Id, unit.Path, null, null, null));
            Must(d.Appraise(received.AddHours(2), "Đủ điều kiện"));
            Must(d.SubmitForApproval(received.AddHours(3), Desk, unit.Id, unit.Path, null, null, null, null));
            Must(d.Approve());
            Must(d.MarkResultReady(received.AddHours(4), Desk, d.ReceivingUnitPath, deadlines.FinishedNow(d, received.AddHours(4))));
            Must(d.ReturnResult(received.AddHours(5), ReturnMethod.Desk));
            dossiers.Add(d);
        }
        db.Dossiers.AddRange(dossiers);
        await db.SaveChangesAsync();
        var links = dossiers.Select(d => (d.Id, d.Code, tokens.IssueOnReturn(d, now).Token)).ToList();
        await db.SaveChangesAsync();
        return links;
    }

    [Fact]
    public async Task Two_hundred_parallel_ratings_on_different_dossiers_all_count_once()
    {
        var returned = await ReturnedDossiersAsync(200);
        var anon = await factory.ClientAsync();
        // Every fifth is unhappy, so the follow-ups are opened under the same load.
        var results = await Task.WhenAll(returned.Select((r, i) =>
            i % 5 == 0 ? RateAsync(anon, r.Token, "NOT_SATISFIED", reason: "Chờ lâu", code: r.Code) : RateAsync(anon, r.Token, "SATISFIED", code: r.Code)));
        Assert.All(results, p => Assert.Equal("", Code0(p)));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        var ids = returned.Select(r => r.Id).ToList();
        var perDossier = await db.DossierRatings.AsNoTracking().Where(r => ids.Contains(r.DossierId)).GroupBy(r => r.DossierId)
            .Select(g => new { g.Key, N = g.Count(), Changes = g.Sum(r => r.Changes) }).ToListAsync();
        Assert.Equal(200, perDossier.Count);
        Assert.All(perDossier, p => Assert.Equal((1, 0), (p.N, p.Changes)));
        Assert.Equal(40, await db.FollowUps.CountAsync(f => ids.Contains(f.DossierId)));
        Assert.Equal(200, await db.RatingTokens.CountAsync(t => ids.Contains(t.DossierId) && t.Kind == RatingTokenKind.Link && t.UsedAt != null));

        // The report counts each once.
        var day = DossierClock.LocalDate(factory.Clock.GetUtcNow().UtcDateTime.AddDays(-3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var desk = await factory.ClientAsync(Leader);
        var total = (await desk.DataAsync($$"""{ satisfaction(input: { from: "{{day}}", to: "{{day}}", unitCode: "{{TamKy}}" }) { total { satisfied notSatisfied ratings } } }"""))
            ["satisfaction"]!["total"]!;
        Assert.Equal((160, 40, 200), (total.I("satisfied"), total.I("notSatisfied"), total.I("ratings")));
    }
}
