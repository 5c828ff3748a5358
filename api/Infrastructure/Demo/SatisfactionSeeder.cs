using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Features.Surveys;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Infrastructure.Demo;

/// <summary>
/// Demo ratings for whatever returned dossiers exist (most satisfied, some not with reasons, more often when late),
/// follow-ups for the unhappy ones, and one finished SIPAS campaign. Deterministic (fixed Bogus seed), chunked
/// inserts, and a no-op once ratings exist or while no dossier has been returned.
/// </summary>
public sealed class SatisfactionSeeder(OneStopDb db, WorkingCalendar calendar, IOptions<SatisfactionOptions> options)
{
    private const int Seed = 766;
    private const int Chunk = 2000;

    private static readonly string[] Reasons =
    [
        "Phải đi lại nhiều lần để bổ sung giấy tờ",
        "Trả kết quả chậm so với giấy hẹn",
        "Cán bộ hướng dẫn chưa rõ ràng",
        "Thời gian chờ tại quầy quá lâu",
        "Không được thông báo khi hồ sơ bị chậm",
        "Thái độ tiếp dân chưa niềm nở",
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.DossierRatings.AnyAsync(ct) || await db.SurveyCampaigns.AnyAsync(ct)) return;
        var returned = await db.Dossiers.AsNoTracking().Where(d => d.Status == DossierStatus.Returned && d.ReturnedAt != null)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.ReceivingUnitId, d.ReceivingUnitPath, ReturnedAt = d.ReturnedAt!.Value, d.Lateness }).ToListAsync(ct);
        if (returned.Count == 0) return;
        var faker = new Faker("vi") { Random = new Randomizer(Seed) };
        var window = TimeSpan.FromDays(options.Value.ChangeWindowDays);
        var leaders = await LeadersAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var pending = new List<(DossierRating Rating, string? Reason, DateTime At)>();
        foreach (var d in returned)
        {
            // About six in ten applicants rate; late results are rated unhappy far more often.
            if (!faker.Random.Bool(0.6f)) continue;
            var at = d.ReturnedAt.AddMinutes(faker.Random.Int(5, 3 * 24 * 60));
            var unhappy = faker.Random.Bool(d.Lateness == Lateness.Late ? 0.35f : 0.05f);
            var level = unhappy ? RatingLevel.NotSatisfied : faker.Random.Bool(0.6f) ? RatingLevel.VerySatisfied : RatingLevel.Satisfied;
            var reason = unhappy ? faker.PickRandom(Reasons) : null;
            var rating = DossierRating.Create(d.Id, d.ReceivingUnitId, d.ReceivingUnitPath, DossierClock.LocalDate(d.ReturnedAt), at, window);
            rating.Set(new RatingAnswer(level, reason, faker.Random.Bool(0.5f) ? level : null, faker.Random.Bool(0.5f) ? level : null),
                RatingChannel.Link, null, null, at, isChange: false);
            pending.Add((rating, reason, at));
            if (pending.Count >= Chunk) await FlushAsync(pending, leaders, faker, ct);
        }
        await FlushAsync(pending, leaders, faker, ct);
        await SeedCampaignAsync(faker, returned.GroupBy(d => d.ReceivingUnitId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key,
            returned.Max(d => d.ReturnedAt), ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private async Task FlushAsync(List<(DossierRating Rating, string? Reason, DateTime At)> pending, IReadOnlyDictionary<int, (string Id, string Name)> leaders,
        Faker faker, CancellationToken ct)
    {
        if (pending.Count == 0) return;
        db.DossierRatings.AddRange(pending.Select(p => p.Rating));
        await db.SaveChangesAsync(ct);
        foreach (var (rating, reason, at) in pending.Where(p => p.Reason is not null))
        {
            var on = DossierClock.LocalDate(at);
            leaders.TryGetValue(rating.UnitId, out var leader);
            var f = new FollowUp
            {
                DossierId = rating.DossierId,
                RatingId = rating.Id,
                UnitId = rating.UnitId,
                UnitPath = rating.UnitPath,
                AssigneeId = leader.Id,
                AssigneeName = leader.Name,
                Reason = reason!,
                OpenedAt = at,
                AcknowledgeBy = calendar.AddWorkingDays(on, options.Value.AcknowledgeWorkingDays),
                ResolveBy = calendar.AddWorkingDays(on, options.Value.ResolveWorkingDays),
            };
            // Most are answered within the 15 working days, a few late, some still open.
            if (faker.Random.Bool(0.85f))
                f.Resolve(at.AddDays(faker.Random.Int(1, faker.Random.Bool(0.9f) ? 18 : 30)), leader.Name ?? "Lãnh đạo",
                    faker.PickRandom("Đã xin lỗi công dân và chấn chỉnh bộ phận.", "Đã giải thích quy định cho công dân.", "Đã nhắc nhở công chức liên quan."), faker.Random.Bool(0.4f));
            db.FollowUps.Add(f);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        pending.Clear();
    }

    private async Task<IReadOnlyDictionary<int, (string Id, string Name)>> LeadersAsync(CancellationToken ct)
    {
        var leaderRole = db.Roles.Where(r => r.Name == Auth.Roles.Leader).Select(r => r.Id);
        var rows = await db.Users.AsNoTracking().Where(u => u.UnitId != null && db.UserRoles.Any(ur => ur.UserId == u.Id && leaderRole.Contains(ur.RoleId)))
            .OrderBy(u => u.Id).Select(u => new { UnitId = u.UnitId!.Value, u.Id, u.FullName }).ToListAsync(ct);
        return rows.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => (g.First().Id, g.First().FullName));
    }

    /// <summary>One finished campaign (previous quarter) for the busiest unit: 300 invitations, about 240 answers.</summary>
    private async Task SeedCampaignAsync(Faker faker, int unitId, DateTime lastReturn, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        var questionnaire = await SipasQuestionnaire.CurrentAsync(db, ct);
        var criteria = await db.SurveyCriteria.AsNoTracking().Where(c => c.QuestionnaireId == questionnaire.Id).ToListAsync(ct);
        var day = DossierClock.LocalDate(lastReturn);
        var quarterStart = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3);
        var campaign = new SurveyCampaign
        {
            Name = $"Khảo sát SIPAS quý {(quarterStart.Month - 1) / 3 + 1}/{quarterStart.Year}",
            UnitId = unit.Id,
            UnitPath = unit.Path,
            QuestionnaireId = questionnaire.Id,
            PeriodFrom = quarterStart,
            PeriodTo = quarterStart.AddMonths(3).AddDays(-1),
            SampleSize = 250,
            Invited = 300,
            CreatedAt = quarterStart.ToDateTime(new TimeOnly(1, 0)),
        };
        db.SurveyCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        var submitted = campaign.PeriodTo.ToDateTime(new TimeOnly(2, 0));
        db.SurveyInvitations.AddRange(Enumerable.Range(0, 300).Select(i => new SurveyInvitation
        {
            CampaignId = campaign.Id,
            Hash = RatingTokens.Hash($"demo-{campaign.Id}-{i}-{faker.Random.Hash()}"),
            IssuedAt = campaign.CreatedAt,
            UsedAt = i < 240 ? submitted : null,
        }));
        // Element 1 (facilities) a little weaker, officers' conduct strongest: a plausible profile around the 80% line.
        var bias = new[] { 0, -0.35, 0.05, 0.2, 0.1, -0.15 };
        db.SurveyResponses.AddRange(Enumerable.Range(0, 240).Select(_ => new SurveyResponse
        {
            CampaignId = campaign.Id,
            SubmittedAt = submitted,
            Answers = criteria.Where(_ => faker.Random.Bool(0.95f)).Select(c => new SurveyAnswer
            {
                CriterionId = c.Id,
                Score = Math.Clamp((int)Math.Round(faker.Random.Double(3.2, 5.4) + bias[c.Element]), 1, 5),
            }).ToList(),
        }));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
