using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Satisfaction;

public sealed class RatingLevelGraphType : EnumerationGraphType<RatingLevel>
{
    public RatingLevelGraphType()
    {
        Name = "RatingLevel";
        Description = "Rất hài lòng / Hài lòng / Không hài lòng (a reason is required for NOT_SATISFIED).";
    }
}

public sealed class RatingChannelGraphType : EnumerationGraphType<RatingChannel>
{
    public RatingChannelGraphType() => Name = "RatingChannel";
}

public sealed class RatingQuestionGraphType : EnumerationGraphType<RatingQuestion>
{
    public RatingQuestionGraphType()
    {
        Name = "RatingQuestion";
        Description = "CONVENIENCE: Mức độ thuận tiện khi sử dụng dịch vụ; OVERALL: Đánh giá tổng thể dịch vụ.";
    }
}

public sealed class FollowUpStatusGraphType : EnumerationGraphType<FollowUpStatus>
{
    public FollowUpStatusGraphType() => Name = "FollowUpStatus";
}

public sealed class RatingAnswerInputGraphType : InputObjectGraphType<RatingAnswerInput>
{
    public RatingAnswerInputGraphType()
    {
        Name = "RatingAnswerInput";
        Field<NonNullGraphType<RatingQuestionGraphType>>("question");
        Field<NonNullGraphType<RatingLevelGraphType>>("level");
    }
}

public sealed class RateDossierInputGraphType : InputObjectGraphType<RateDossierInput>
{
    public RateDossierInputGraphType()
    {
        Name = "RateDossierInput";
        Field(i => i.Token).Description("The single-use token of the link, the kiosk session or the previous rating.");
        Field<NonNullGraphType<RatingLevelGraphType>>("level");
        Field(i => i.Reason, nullable: true).Description("Required for NOT_SATISFIED.");
        Field<ListGraphType<NonNullGraphType<RatingAnswerInputGraphType>>>("answers").Description("Optional questions, each at most once.");
        Field(i => i.Code, nullable: true).Description("The dossier code of the link; when given it must be the token's dossier.");
    }
}

/// <summary>A token as handed to a person (receipt, returning officer, kiosk, or the rating's change token).</summary>
public sealed class RatingLinkGraphType : ObjectGraphType<RatingLink>
{
    public RatingLinkGraphType()
    {
        Name = "RatingLink";
        Field(l => l.DossierCode);
        Field(l => l.Token).Description("Single use; only its hash is stored.");
        Field(l => l.Url).Description("Relative link of the public rating page (the receipt's QR code).");
        Field<NonNullGraphType<DateTimeScalar>>("expiresAt").Resolve(c => c.Source.ExpiresAt.ToOffset());
    }
}

/// <summary>A rating as the viewer may see it: officer names only for signed-in officers.</summary>
public sealed record RatingView(DossierRating Rating, bool Officer);

public sealed class DossierRatingGraphType : ObjectGraphType<RatingView>
{
    public DossierRatingGraphType()
    {
        Name = "DossierRating";
        Field<NonNullGraphType<RatingLevelGraphType>>("level").Resolve(c => c.Source.Rating.Level);
        Field<StringGraphType>("reason").Resolve(c => c.Source.Rating.Reason);
        Field<RatingLevelGraphType>("convenience").Resolve(c => c.Source.Rating.Convenience);
        Field<RatingLevelGraphType>("overall").Resolve(c => c.Source.Rating.Overall);
        Field<NonNullGraphType<RatingChannelGraphType>>("channel").Resolve(c => c.Source.Rating.Channel);
        Field<StringGraphType>("officerName").Description("The officer rated at the desk kiosk (signed-in viewers only).")
            .Resolve(c => c.Source.Officer ? c.Source.Rating.OfficerName : null);
        Field<NonNullGraphType<DateTimeScalar>>("firstRatedAt").Resolve(c => c.Source.Rating.FirstRatedAt.ToOffset());
        Field<NonNullGraphType<DateTimeScalar>>("ratedAt").Resolve(c => c.Source.Rating.RatedAt.ToOffset());
        Field<NonNullGraphType<DateTimeScalar>>("changeableUntil").Resolve(c => c.Source.Rating.ChangeableUntil.ToOffset());
        Field<NonNullGraphType<IntGraphType>>("changes").Resolve(c => c.Source.Rating.Changes);
    }
}

public sealed class DossierIndexGraphType : ObjectGraphType<DossierIndex>
{
    public DossierIndexGraphType()
    {
        Name = "DossierIndex";
        Description = "One of the nine indices of Circular 01/2018 (0–2 points); points null = no data.";
        Field(i => i.Number);
        Field(i => i.Key);
        Field(i => i.Points, nullable: true);
        Field(i => i.Basis).Description("Why (Vietnamese).");
    }
}

public sealed record FollowUpView(FollowUp FollowUp, string DossierCode, bool Officer, DateOnly Today);

public sealed class FollowUpGraphType : ObjectGraphType<FollowUpView>
{
    public FollowUpGraphType()
    {
        Name = "FollowUp";
        Description = "Feedback follow-up (PAKN) opened by a Not satisfied rating: acknowledge within 2 working days, resolve within 15.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(nameof(FollowUp), c.Source.FollowUp.Id));
        Field<NonNullGraphType<StringGraphType>>("dossierCode").Resolve(c => c.Source.DossierCode);
        Field<NonNullGraphType<FollowUpStatusGraphType>>("status").Resolve(c => c.Source.FollowUp.Status);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.FollowUp.Reason);
        Field<StringGraphType>("assigneeName").Resolve(c => c.Source.Officer ? c.Source.FollowUp.AssigneeName : null);
        Field<NonNullGraphType<DateTimeScalar>>("openedAt").Resolve(c => c.Source.FollowUp.OpenedAt.ToOffset());
        Field<NonNullGraphType<DateScalar>>("acknowledgeBy").Resolve(c => c.Source.FollowUp.AcknowledgeBy);
        Field<NonNullGraphType<DateScalar>>("resolveBy").Resolve(c => c.Source.FollowUp.ResolveBy);
        Field<DateTimeScalar>("acknowledgedAt").Resolve(c => c.Source.FollowUp.AcknowledgedAt.ToOffset());
        Field<DateTimeScalar>("resolvedAt").Resolve(c => c.Source.FollowUp.ResolvedAt.ToOffset());
        Field<StringGraphType>("outcome").Resolve(c => c.Source.FollowUp.Outcome);
        Field<BooleanGraphType>("upheld").Description("The complaint was found valid.").Resolve(c => c.Source.FollowUp.Upheld);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Not resolved (or not acknowledged) after its due day.")
            .Resolve(c => c.Source.FollowUp.Status switch
            {
                FollowUpStatus.Open => c.Source.Today > c.Source.FollowUp.AcknowledgeBy || c.Source.Today > c.Source.FollowUp.ResolveBy,
                FollowUpStatus.Acknowledged => c.Source.Today > c.Source.FollowUp.ResolveBy,
                _ => DossierClock.LocalDate(c.Source.FollowUp.ResolvedAt!.Value) > c.Source.FollowUp.ResolveBy,
            });
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.FollowUp.Version);
    }
}

/// <summary>What <c>dossierRating</c> returns: the rating (if any), the nine indices and the follow-ups.</summary>
public sealed record DossierEvaluation(string Code, RatingView? Rating, IReadOnlyList<DossierIndex> Indices, IReadOnlyList<FollowUpView> FollowUps);

public sealed class DossierEvaluationGraphType : ObjectGraphType<DossierEvaluation>
{
    public DossierEvaluationGraphType()
    {
        Name = "DossierEvaluation";
        Field(e => e.Code);
        Field<DossierRatingGraphType>("rating").Resolve(c => c.Source.Rating);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierIndexGraphType>>>>("indices").Resolve(c => c.Source.Indices);
        Field<IntGraphType>("indexPoints").Description("Sum of the indices with data.")
            .Resolve(c => c.Source.Indices.Any(i => i.Points is not null) ? c.Source.Indices.Sum(i => i.Points ?? 0) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpGraphType>>>>("followUps").Resolve(c => c.Source.FollowUps);
    }
}

public sealed class InvalidRatingTokenErrorGraphType : UserErrorGraphType<InvalidRatingTokenError>;

public sealed class RatingTokenUsedErrorGraphType : UserErrorGraphType<RatingTokenUsedError>;

public sealed class RatingTokenExpiredErrorGraphType : UserErrorGraphType<RatingTokenExpiredError>;

public sealed class TooManyAttemptsErrorGraphType : UserErrorGraphType<TooManyAttemptsError>;

public sealed class RatingWindowClosedErrorGraphType : UserErrorGraphType<RatingWindowClosedError>
{
    public RatingWindowClosedErrorGraphType() => Field<NonNullGraphType<DateTimeScalar>>("closedAt").Resolve(c => c.Source.ClosedAt.ToOffset());
}

public sealed class FollowUpStateErrorGraphType : UserErrorGraphType<FollowUpStateError>
{
    public FollowUpStateErrorGraphType() => Field<NonNullGraphType<FollowUpStatusGraphType>>("status").Resolve(c => c.Source.Status);
}

/// <summary>Every expected failure of the satisfaction mutations.</summary>
public sealed class SatisfactionErrorGraphType : UnionGraphType
{
    public SatisfactionErrorGraphType()
    {
        Name = "SatisfactionError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
        Type<ForbiddenErrorGraphType>();
        Type<InvalidRatingTokenErrorGraphType>();
        Type<RatingTokenUsedErrorGraphType>();
        Type<RatingTokenExpiredErrorGraphType>();
        Type<TooManyAttemptsErrorGraphType>();
        Type<RatingWindowClosedErrorGraphType>();
        Type<FollowUpStateErrorGraphType>();
        Type<InvalidTransitionErrorGraphType>();
        Type<RoleNotAllowedErrorGraphType>();
    }
}

public sealed class RateDossierPayloadGraphType : ObjectGraphType<RateDossierPayload>
{
    public RateDossierPayloadGraphType()
    {
        Name = "RateDossierPayload";
        Field<DossierRatingGraphType>("rating").Resolve(c => c.Source.Rating is { } r ? new RatingView(r, false) : null);
        Field<RatingLinkGraphType>("changeLink").Description("Single-use token to change the rating until `changeableUntil`.").Resolve(c => c.Source.ChangeLink);
        Field<DossierEvaluationGraphType>("evaluation").Description("The rated dossier's nine indices and follow-ups, as the applicant sees them.")
            .ResolveAsync(async c => c.Source.Rating is { } r
                ? await SatisfactionQueries.EvaluateAsync(c, await c.RequestServices!.GetRequiredService<Infrastructure.Data.OneStopDb>().Dossiers.AsNoTracking()
                    .SingleAsync(d => d.Id == r.DossierId, c.CancellationToken), officer: false)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatisfactionErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed record KioskPayload(RatingLink? Session, IReadOnlyList<Infrastructure.Errors.DomainError> Errors);

public sealed class StartRatingKioskPayloadGraphType : ObjectGraphType<KioskPayload>
{
    public StartRatingKioskPayloadGraphType()
    {
        Name = "StartRatingKioskPayload";
        Field<RatingLinkGraphType>("session").Description("The short-lived token the counter's kiosk screen uses.").Resolve(c => c.Source.Session);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatisfactionErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed record FollowUpPayload(FollowUpView? FollowUp, IReadOnlyList<Infrastructure.Errors.DomainError> Errors);

public sealed class FollowUpPayloadGraphType : ObjectGraphType<FollowUpPayload>
{
    public FollowUpPayloadGraphType()
    {
        Name = "FollowUpPayload";
        Field<FollowUpGraphType>("followUp").Resolve(c => c.Source.FollowUp);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatisfactionErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed record StartRatingKioskInput(string Code);

public sealed class StartRatingKioskInputGraphType : InputObjectGraphType<StartRatingKioskInput>
{
    public StartRatingKioskInputGraphType()
    {
        Name = "StartRatingKioskInput";
        Field(i => i.Code).Description("The dossier being returned at the counter.");
    }
}

public sealed record AcknowledgeFollowUpInput(string Id, int ExpectedVersion);

public sealed class AcknowledgeFollowUpInputGraphType : InputObjectGraphType<AcknowledgeFollowUpInput>
{
    public AcknowledgeFollowUpInputGraphType()
    {
        Name = "AcknowledgeFollowUpInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.ExpectedVersion);
    }
}

public sealed record ResolveFollowUpInput(string Id, int ExpectedVersion, string Outcome, bool Upheld);

public sealed class ResolveFollowUpInputGraphType : InputObjectGraphType<ResolveFollowUpInput>
{
    public ResolveFollowUpInputGraphType()
    {
        Name = "ResolveFollowUpInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.ExpectedVersion);
        Field(i => i.Outcome).Description("What was done, shown to the citizen.");
        Field(i => i.Upheld).Description("Whether the complaint was found valid.");
    }
}

public sealed record FollowUpFilter(FollowUpStatus? Status = null, string? UnitCode = null, bool? Mine = null);

public sealed class FollowUpFilterGraphType : InputObjectGraphType<FollowUpFilter>
{
    public FollowUpFilterGraphType()
    {
        Name = "FollowUpFilter";
        Field<FollowUpStatusGraphType>("status");
        Field(f => f.UnitCode, nullable: true);
        Field(f => f.Mine, nullable: true).Description("Only those assigned to the signed-in leader.");
    }
}
