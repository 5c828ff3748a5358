using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Events;

namespace OneStop.Api.Features.Satisfaction;

public sealed record RateDossierInput(string Token, RatingLevel Level, string? Reason, IReadOnlyList<RatingAnswerInput>? Answers, string? Code);

public sealed record RatingAnswerInput(RatingQuestion Question, RatingLevel Level);

/// <summary>Result of <c>rateDossier</c>: the rating, the token for a later change, or the errors.</summary>
public sealed record RateDossierPayload(DossierRating? Rating, RatingLink? ChangeLink, IReadOnlyList<DomainError> Errors);

/// <summary>Published when a Not satisfied rating opens a follow-up; the leader's inbox listens to its unit's topic.</summary>
public sealed record FollowUpOpened(long FollowUpId, long DossierId, int UnitId);

/// <summary>
/// <c>rateDossier</c>: validate, rate-limit by token, check the token (bound to one dossier, single use, not expired),
/// enforce the change window, upsert the one rating, hand back a change token, open a follow-up on Not satisfied —
/// all in one transaction; the token is consumed by a conditional update so two requests cannot both use it.
/// </summary>
public sealed class RatingService(OneStopDb db, RatingTokens tokens, RatingAttemptLimiter limiter, WorkingCalendar calendar, TimeProvider clock,
    IOptions<SatisfactionOptions> options, IEventBus events)
{
    public const int MaxReasonLength = 1000;

    public static string UnitTopic(int unitId) => $"followups:{unitId}";

    public static (RatingAnswer? Answer, DomainError? Error) Validate(RateDossierInput i)
    {
        var reason = string.IsNullOrWhiteSpace(i.Reason) ? null : i.Reason.Trim();
        if (i.Level == RatingLevel.NotSatisfied && reason is null)
            return (null, new ValidationError("reason", "Phải nêu lý do khi không hài lòng.", "Give the reason when not satisfied."));
        if (reason is { Length: > MaxReasonLength })
            return (null, new ValidationError("reason", $"Lý do tối đa {MaxReasonLength} ký tự.", $"The reason is at most {MaxReasonLength} characters."));
        var answers = i.Answers ?? [];
        if (answers.GroupBy(a => a.Question).Any(g => g.Count() > 1))
            return (null, new ValidationError("answers", "Mỗi câu hỏi chỉ trả lời một lần.", "Answer each question once."));
        return (new RatingAnswer(i.Level, reason, answers.FirstOrDefault(a => a.Question == RatingQuestion.Convenience)?.Level,
            answers.FirstOrDefault(a => a.Question == RatingQuestion.Overall)?.Level), null);
    }

    public async Task<RateDossierPayload> RateAsync(RateDossierInput input, CancellationToken ct)
    {
        var (answer, invalid) = Validate(input);
        if (invalid is not null) return Fail(invalid);
        if (string.IsNullOrWhiteSpace(input.Token) || input.Token.Length > 100) return Fail(new InvalidRatingTokenError());
        var hash = RatingTokens.Hash(input.Token);
        if (!limiter.TryEnter(hash)) return Fail(new TooManyAttemptsError());
        var now = clock.GetUtcNow().UtcDateTime;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var token = await db.RatingTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, ct);
        if (token is null) return Fail(new InvalidRatingTokenError());
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == token.DossierId, ct);
        if (input.Code is { } code && !string.Equals(code.Trim(), dossier.Code, StringComparison.Ordinal)) return Fail(new InvalidRatingTokenError());
        if (token.UsedAt is not null) return Fail(new RatingTokenUsedError());
        if (token.ExpiresAt <= now) return Fail(new RatingTokenExpiredError());
        var rating = await db.DossierRatings.SingleOrDefaultAsync(r => r.DossierId == dossier.Id, ct);
        if (rating is not null && rating.ChangeableUntil <= now) return Fail(new RatingWindowClosedError(rating.ChangeableUntil));

        // Single use under concurrency: only the request that flips UsedAt goes on.
        var consumed = await db.RatingTokens.Where(t => t.Id == token.Id && t.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        if (consumed == 0) return Fail(new RatingTokenUsedError());

        var isChange = rating is not null;
        if (rating is null)
        {
            rating = DossierRating.First(dossier, now, TimeSpan.FromDays(options.Value.ChangeWindowDays));
            db.DossierRatings.Add(rating);
        }
        var kiosk = token.Kind == RatingTokenKind.Kiosk;
        rating.Set(answer!, kiosk ? RatingChannel.Kiosk : RatingChannel.Link, kiosk ? token.OfficerId : null, kiosk ? token.OfficerName : null, now, isChange);
        // Other unused tokens of the dossier die with this rating: the change token below is the only way back in.
        await db.RatingTokens.Where(t => t.DossierId == dossier.Id && t.UsedAt == null && t.Id != token.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        await db.SaveChangesAsync(ct);
        var change = tokens.Issue(dossier, RatingTokenKind.Change, now, rating.ChangeableUntil);
        FollowUp? opened = null;
        if (answer!.Level == RatingLevel.NotSatisfied && !await db.FollowUps.AnyAsync(f => f.DossierId == dossier.Id && f.Status != FollowUpStatus.Resolved, ct))
            db.FollowUps.Add(opened = await OpenFollowUpAsync(dossier, rating, answer.Reason!, now, ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (opened is not null) await events.PublishAsync(UnitTopic(opened.UnitId), new FollowUpOpened(opened.Id, dossier.Id, opened.UnitId), ct);
        return new RateDossierPayload(rating, change, []);
    }

    private async Task<FollowUp> OpenFollowUpAsync(Dossier d, DossierRating rating, string reason, DateTime now, CancellationToken ct)
    {
        var leader = await LeaderOfAsync(d.ReceivingUnitId, ct);
        var openedOn = DossierClock.LocalDate(now);
        return new FollowUp
        {
            DossierId = d.Id,
            RatingId = rating.Id,
            UnitId = d.ReceivingUnitId,
            UnitPath = d.ReceivingUnitPath,
            AssigneeId = leader?.Id,
            AssigneeName = leader?.FullName,
            Reason = reason,
            OpenedAt = now,
            AcknowledgeBy = calendar.AddWorkingDays(openedOn, options.Value.AcknowledgeWorkingDays),
            ResolveBy = calendar.AddWorkingDays(openedOn, options.Value.ResolveWorkingDays),
        };
    }

    private async Task<AppUser?> LeaderOfAsync(int unitId, CancellationToken ct)
    {
        var leaderRole = db.Roles.Where(r => r.Name == Roles.Leader).Select(r => r.Id);
        return await db.Users.AsNoTracking()
            .Where(u => u.UnitId == unitId && db.UserRoles.Any(ur => ur.UserId == u.Id && leaderRole.Contains(ur.RoleId)))
            .OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
    }

    private static RateDossierPayload Fail(DomainError e) => new(null, null, [e]);
}
