using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Surveys;

public sealed record SurveyAnswerInput(string CriterionCode, int Score);

public sealed record SubmitSurveyResponseInput(string Token, IReadOnlyList<SurveyAnswerInput> Answers);

/// <summary>Invitations, anonymous responses and results of SIPAS campaigns.</summary>
public sealed class SurveyService(OneStopDb db, TimeProvider clock, RatingAttemptLimiter limiter)
{
    /// <summary>New invitation tokens (returned once; only their hashes are kept).</summary>
    public async Task<IReadOnlyList<string>> InviteAsync(SurveyCampaign campaign, int count, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = Enumerable.Range(0, count).Select(_ => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_')).ToList();
        db.SurveyInvitations.AddRange(tokens.Select(t => new SurveyInvitation { CampaignId = campaign.Id, Hash = RatingTokens.Hash(t), IssuedAt = now }));
        campaign.Invited += count;
        await db.SaveChangesAsync(ct);
        return tokens;
    }

    public async Task<DomainError?> SubmitAsync(SubmitSurveyResponseInput input, CancellationToken ct)
    {
        if (input.Answers.Any(a => a.Score is < 1 or > 5))
            return new ValidationError("answers", "Điểm từ 1 đến 5.", "Scores are 1 to 5.");
        if (input.Answers.GroupBy(a => a.CriterionCode).Any(g => g.Count() > 1))
            return new ValidationError("answers", "Mỗi tiêu chí chỉ trả lời một lần.", "Answer each criterion once.");
        var hash = RatingTokens.Hash(input.Token ?? "");
        if (!limiter.TryEnter("survey:" + hash)) return new TooManyAttemptsError();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var invitation = await db.SurveyInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.Hash == hash, ct);
        if (invitation is null) return new InvalidRatingTokenError();
        if (invitation.UsedAt is not null) return new RatingTokenUsedError();
        var campaign = await db.SurveyCampaigns.AsNoTracking().SingleAsync(c => c.Id == invitation.CampaignId, ct);
        var criteria = await db.SurveyCriteria.AsNoTracking().Where(c => c.QuestionnaireId == campaign.QuestionnaireId).ToDictionaryAsync(c => c.Code, ct);
        if (input.Answers.FirstOrDefault(a => !criteria.ContainsKey(a.CriterionCode)) is { } unknown)
            return new ValidationError("answers", $"Không có tiêu chí {unknown.CriterionCode}.", $"No criterion {unknown.CriterionCode}.");
        if (await db.SurveyInvitations.Where(i => i.Id == invitation.Id && i.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct) == 0)
            return new RatingTokenUsedError();
        // No link from the response to the invitation: answers are anonymous.
        db.SurveyResponses.Add(new SurveyResponse
        {
            CampaignId = campaign.Id,
            SubmittedAt = now,
            Answers = input.Answers.Select(a => new SurveyAnswer { CriterionId = criteria[a.CriterionCode].Id, Score = a.Score }).ToList(),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>Results of a campaign and of the same unit's previous campaign (period ending before this one starts).</summary>
    public async Task<SurveyResults> ResultsAsync(SurveyCampaign campaign, CancellationToken ct, bool withPrevious = true)
    {
        var criteria = await db.SurveyCriteria.AsNoTracking().Where(c => c.QuestionnaireId == campaign.QuestionnaireId).ToListAsync(ct);
        var answers = await db.SurveyAnswers.AsNoTracking()
            .Join(db.SurveyResponses.Where(r => r.CampaignId == campaign.Id), a => a.ResponseId, r => r.Id, (a, r) => new { a.ResponseId, a.CriterionId, a.Score })
            .ToListAsync(ct);
        var responses = await db.SurveyResponses.CountAsync(r => r.CampaignId == campaign.Id, ct);
        SurveyResults? previous = null;
        if (withPrevious)
        {
            var prior = await db.SurveyCampaigns.AsNoTracking().Where(c => c.UnitId == campaign.UnitId && c.PeriodTo < campaign.PeriodFrom)
                .OrderByDescending(c => c.PeriodTo).FirstOrDefaultAsync(ct);
            if (prior is not null) previous = await ResultsAsync(prior, ct, withPrevious: false);
        }
        return SurveyResults.Compute(campaign, criteria, answers.Select(a => (a.ResponseId, a.CriterionId, a.Score)).ToList(), responses, previous);
    }
}
