using GraphQL.Types;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

public sealed class InvalidTransitionErrorGraphType : UserErrorGraphType<InvalidTransitionError>
{
    public InvalidTransitionErrorGraphType() => Field<NonNullGraphType<DossierStatusGraphType>>("status").Description("The dossier's status now.").Resolve(c => c.Source.Status);
}

public sealed class SupplementLimitErrorGraphType : UserErrorGraphType<SupplementLimitError>
{
    public SupplementLimitErrorGraphType() => Field(e => e.Limit);
}

public sealed class TooLateToApologiseErrorGraphType : UserErrorGraphType<TooLateToApologiseError>
{
    public TooLateToApologiseErrorGraphType()
    {
        Field<NonNullGraphType<DateScalar>>("dueDate").Resolve(c => c.Source.DueDate);
        Field<NonNullGraphType<DateScalar>>("latestDay").Description("The last day the apology could be issued.").Resolve(c => c.Source.LatestDay);
    }
}

public sealed class ReappointmentLimitErrorGraphType : UserErrorGraphType<ReappointmentLimitError>
{
    public ReappointmentLimitErrorGraphType() => Field(e => e.Limit);
}

public sealed class ProcedureNotInForceErrorGraphType : UserErrorGraphType<ProcedureNotInForceError>
{
    public ProcedureNotInForceErrorGraphType() => Field(e => e.ProcedureCode);
}

public sealed class RoleNotAllowedErrorGraphType : UserErrorGraphType<RoleNotAllowedError>;

public sealed class OfficerNotPostedErrorGraphType : UserErrorGraphType<OfficerNotPostedError>
{
    public OfficerNotPostedErrorGraphType()
    {
        Field<NonNullGraphType<IdGraphType>>("officerId").Description("User id of the officer (as `me.id`).").Resolve(c => c.Source.OfficerId);
        Field(e => e.OfficerName);
        Field(e => e.UnitCode).Description("The handling unit.");
    }
}

/// <summary>Every expected failure of a dossier action (one union shared by the dossier mutations).</summary>
public sealed class DossierErrorGraphType : UnionGraphType
{
    public DossierErrorGraphType()
    {
        Name = "DossierError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
        Type<ForbiddenErrorGraphType>();
        Type<InvalidTransitionErrorGraphType>();
        Type<SupplementLimitErrorGraphType>();
        Type<TooLateToApologiseErrorGraphType>();
        Type<ReappointmentLimitErrorGraphType>();
        Type<ProcedureNotInForceErrorGraphType>();
        Type<RoleNotAllowedErrorGraphType>();
        Type<OfficerNotPostedErrorGraphType>();
    }
}

/// <summary>Base of <c>&lt;Action&gt;Payload { dossier errors }</c>.</summary>
public abstract class DossierPayloadGraphType : ObjectGraphType<DossierPayload>
{
    protected DossierPayloadGraphType(string name)
    {
        Name = name;
        Field<DossierGraphType>("dossier").Description("The dossier after the action; null when it failed.").Resolve(c => c.Source.Dossier);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class ReceiveDossierPayloadGraphType() : DossierPayloadGraphType("ReceiveDossierPayload");

public sealed class AcceptCompletedDossierPayloadGraphType() : DossierPayloadGraphType("AcceptCompletedDossierPayload");

public sealed class AssignDossierPayloadGraphType() : DossierPayloadGraphType("AssignDossierPayload");

public sealed class ForwardDossierPayloadGraphType() : DossierPayloadGraphType("ForwardDossierPayload");

public sealed class AppraiseDossierPayloadGraphType() : DossierPayloadGraphType("AppraiseDossierPayload");

public sealed class RequestDossierSupplementPayloadGraphType() : DossierPayloadGraphType("RequestDossierSupplementPayload");

public sealed class PauseDossierPayloadGraphType() : DossierPayloadGraphType("PauseDossierPayload");

public sealed class ResumeDossierPayloadGraphType() : DossierPayloadGraphType("ResumeDossierPayload");

public sealed class SubmitDossierForApprovalPayloadGraphType() : DossierPayloadGraphType("SubmitDossierForApprovalPayload");

public sealed class ApproveDossierPayloadGraphType() : DossierPayloadGraphType("ApproveDossierPayload");

public sealed class RefuseDossierPayloadGraphType() : DossierPayloadGraphType("RefuseDossierPayload");

public sealed class MarkDossierResultReadyPayloadGraphType() : DossierPayloadGraphType("MarkDossierResultReadyPayload");

public sealed class ReturnDossierResultPayloadGraphType : DossierPayloadGraphType
{
    public ReturnDossierResultPayloadGraphType()
        : base("ReturnDossierResultPayload") =>
        Field<Satisfaction.RatingLinkGraphType>("ratingLink").Description("The applicant's rating link (single-use token) for the returning officer to hand over.")
            .ResolveAsync(async c => c.Source.Dossier is { } d
                ? await c.RequestServices!.GetRequiredService<Satisfaction.RatingTokens>().CurrentLinkAsync(d.Id, d.Code,
                    c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, c.CancellationToken)
                : null);
}

public sealed class WithdrawDossierPayloadGraphType() : DossierPayloadGraphType("WithdrawDossierPayload");

public sealed class StopDossierPayloadGraphType() : DossierPayloadGraphType("StopDossierPayload");

public sealed class ApologiseForDossierPayloadGraphType() : DossierPayloadGraphType("ApologiseForDossierPayload");

public sealed record SetDossierPolicyPayload(DossierPolicy? Policy, IReadOnlyList<Infrastructure.Errors.DomainError> Errors);

public sealed class DossierPolicyGraphType : ObjectGraphType<DossierPolicy>
{
    public DossierPolicyGraphType()
    {
        Name = "DossierPolicy";
        Description = "Dossier rules of one procedure version, copied onto each dossier at receipt.";
        Field<NonNullGraphType<PauseEffectGraphType>>("supplementEffect").Resolve(c => c.Source.SupplementEffect);
        Field<NonNullGraphType<PauseEffectGraphType>>("financialEffect").Resolve(c => c.Source.FinancialEffect);
        Field<NonNullGraphType<PauseEffectGraphType>>("otherPauseEffect").Resolve(c => c.Source.OtherPauseEffect);
        Field(p => p.MaxReappointments);
        Field(p => p.MaxSupplementRequests);
    }
}

public sealed class SetDossierPolicyPayloadGraphType : ObjectGraphType<SetDossierPolicyPayload>
{
    public SetDossierPolicyPayloadGraphType()
    {
        Name = "SetDossierPolicyPayload";
        Field<DossierPolicyGraphType>("policy").Resolve(c => c.Source.Policy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}
