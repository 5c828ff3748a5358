using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Surveys;

public static class SurveyApi
{
    public static void AddSurveyQueries(this Query query)
    {
        query.Field<SurveyInvitationGraphType, SurveyInvitationView?>("surveyInvitation")
            .Description("Public: the questionnaire behind an invitation token (null when the token is unknown); says whether it was already used.")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .ResolveAsync(async c =>
            {
                var token = c.GetArgument<string>("token");
                if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
                var db = c.Service<OneStopDb>();
                var hash = RatingTokens.Hash(token);
                var invitation = await db.SurveyInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.Hash == hash, c.CancellationToken);
                if (invitation is null) return null;
                var campaign = await db.SurveyCampaigns.AsNoTracking().SingleAsync(x => x.Id == invitation.CampaignId, c.CancellationToken);
                var unit = await db.Units.AsNoTracking().Where(u => u.Id == campaign.UnitId).Select(u => u.Name).SingleAsync(c.CancellationToken);
                var criteria = await Questions(db, campaign.QuestionnaireId).ToListAsync(c.CancellationToken);
                return new SurveyInvitationView(campaign, unit, invitation.UsedAt is not null, criteria);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyResultsGraphType>>>, IReadOnlyList<SurveyResults>>("surveyCampaigns")
            .Description("SIPAS campaigns of the viewer's units whose period overlaps [from, to], newest first, with results.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Argument<StringGraphType>("unitCode")
            .Argument<DateScalar>("from")
            .Argument<DateScalar>("to")
            .ResolveAsync(async c =>
            {
                var db = c.Service<OneStopDb>();
                var campaigns = await Campaigns(db, c.Viewer(), c.GetArgument<string?>("unitCode"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"))
                    .OrderByDescending(x => x.PeriodFrom).ThenByDescending(x => x.Id).Take(50).ToListAsync(c.CancellationToken);
                var service = c.Service<SurveyService>();
                var results = new List<SurveyResults>();
                foreach (var campaign in campaigns) results.Add(await service.ResultsAsync(campaign, c.CancellationToken));
                return results;
            });
    }

    /// <summary>A questionnaire's criteria in the order they are asked (element, then criterion).</summary>
    public static IQueryable<SurveyCriterion> Questions(OneStopDb db, int questionnaireId) =>
        db.SurveyCriteria.AsNoTracking().Where(x => x.QuestionnaireId == questionnaireId).OrderBy(x => x.Element).ThenBy(x => x.Ordinal);

    public static IQueryable<SurveyCampaign> Campaigns(OneStopDb db, Viewer viewer, string? unitCode, DateOnly? from, DateOnly? to)
    {
        var q = db.SurveyCampaigns.AsNoTracking();
        q = viewer.IsProvinceWide ? q : viewer.UnitPath is { } path ? q.Where(x => x.UnitPath.StartsWith(path)) : q.Where(_ => false);
        if (unitCode is not null)
        {
            var paths = db.Units.Where(u => u.Code == unitCode).Select(u => u.Path);
            q = q.Where(x => paths.Any(p => x.UnitPath.StartsWith(p)));
        }
        if (from is { } f) q = q.Where(x => x.PeriodTo >= f);
        if (to is { } t) q = q.Where(x => x.PeriodFrom <= t);
        return q;
    }

    public static void AddSurveyMutations(this Mutation m)
    {
        m.Field<NonNullGraphType<CreateSurveyCampaignPayloadGraphType>, SurveyPayload>("createSurveyCampaign")
            .Description("Opens a SIPAS campaign for a unit and period with the questionnaire in force (Leader of the unit, Admin).")
            .AuthorizeWithPolicy(Policies.StaffingEditor)
            .Argument<NonNullGraphType<CreateSurveyCampaignInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<CreateSurveyCampaignInput>("input");
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == i.UnitCode, c.CancellationToken);
                if (unit is null || !viewer.CanSeeUnitPath(unit.Path)) return Fail(new NotFoundError("đơn vị " + i.UnitCode));
                if (i.PeriodTo < i.PeriodFrom) return Fail(new ValidationError("periodTo", "Kỳ khảo sát không hợp lệ.", "The period ends before it starts."));
                if (i.SampleSize is < 1 or > 100_000) return Fail(new ValidationError("sampleSize", "Cỡ mẫu từ 1 đến 100.000.", "Sample size is 1 to 100,000."));
                if (string.IsNullOrWhiteSpace(i.Name)) return Fail(new ValidationError("name", "Phải có tên đợt khảo sát.", "Give the campaign a name."));
                var questionnaire = await SipasQuestionnaire.CurrentAsync(db, c.CancellationToken);
                var campaign = new SurveyCampaign
                {
                    Name = i.Name.Trim(),
                    UnitId = unit.Id,
                    UnitPath = unit.Path,
                    QuestionnaireId = questionnaire.Id,
                    PeriodFrom = i.PeriodFrom,
                    PeriodTo = i.PeriodTo,
                    SampleSize = i.SampleSize,
                    CreatedAt = c.Service<TimeProvider>().GetUtcNow().UtcDateTime,
                };
                db.SurveyCampaigns.Add(campaign);
                await db.SaveChangesAsync(c.CancellationToken);
                return new SurveyPayload(await c.Service<SurveyService>().ResultsAsync(campaign, c.CancellationToken), null, []);
            });

        m.Field<NonNullGraphType<InviteToSurveyPayloadGraphType>, SurveyPayload>("inviteToSurvey")
            .Description("Issues invitation tokens (one response each) to hand out by link or QR code.")
            .AuthorizeWithPolicy(Policies.Officer)
            .Argument<NonNullGraphType<InviteToSurveyInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<InviteToSurveyInput>("input");
                if (i.Count is < 1 or > 500) return Fail(new ValidationError("count", "Từ 1 đến 500 phiếu mỗi lần.", "1 to 500 invitations at a time."));
                var db = c.Service<OneStopDb>();
                var viewer = c.Viewer();
                SurveyCampaign? campaign = null;
                if (GlobalId.TryDecode(i.CampaignId, nameof(SurveyCampaign), out var id))
                    campaign = await db.SurveyCampaigns.SingleOrDefaultAsync(x => x.Id == id, c.CancellationToken);
                if (campaign is null || !viewer.CanSeeUnitPath(campaign.UnitPath)) return Fail(new NotFoundError("đợt khảo sát " + i.CampaignId));
                var service = c.Service<SurveyService>();
                var tokens = await service.InviteAsync(campaign, i.Count, c.CancellationToken);
                return new SurveyPayload(await service.ResultsAsync(campaign, c.CancellationToken), tokens, []);
            });

        m.Field<NonNullGraphType<SubmitSurveyResponsePayloadGraphType>, SurveyPayload>("submitSurveyResponse")
            .Description("Public and anonymous: answers a SIPAS questionnaire with an invitation token (single use).")
            .Argument<NonNullGraphType<SubmitSurveyResponseInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var error = await c.Service<SurveyService>().SubmitAsync(c.GetArgument<SubmitSurveyResponseInput>("input"), c.CancellationToken);
                return new SurveyPayload(null, null, error is null ? [] : [error]);
            });
    }

    private static SurveyPayload Fail(DomainError e) => new(null, null, [e]);
}
