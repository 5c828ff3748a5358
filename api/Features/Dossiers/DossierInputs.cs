using GraphQL.Types;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Dossiers;

public sealed record ReceiveDossierInput(
    string ProcedureCode,
    string? UnitCode,
    IntakeChannel Channel,
    ApplicantData Applicant,
    IReadOnlyList<DocumentData>? Documents = null,
    DateTimeOffset? ReceivedAt = null,
    IntakeOutcome? Outcome = null,
    IReadOnlyList<string>? MissingItems = null,
    IReadOnlyList<string>? RefusalReasons = null,
    string? Subject = null,
    int? Sets = null)
{
    public IntakeCommand ToCommand() => new(ProcedureCode, UnitCode, Channel, Applicant, Documents, ReceivedAt, Outcome ?? IntakeOutcome.Accept,
        MissingItems, RefusalReasons, Subject, Sets ?? 1);
}

public sealed record DossierRefInput(string Code, int ExpectedVersion);

public sealed record AssignDossierInput(string Code, int ExpectedVersion, string? UnitCode = null, string? OfficerId = null, string? Note = null);

public sealed record ForwardDossierInput(string Code, int ExpectedVersion, string? UnitCode = null, string? OfficerId = null, bool? CompleteStep = null, string? Note = null);

public sealed record AppraiseDossierInput(string Code, int ExpectedVersion, string Opinion);

public sealed record RequestDossierSupplementInput(string Code, int ExpectedVersion, IReadOnlyList<string> MissingItems, string Reason, string? OverrideReason = null);

public sealed record PauseDossierInput(string Code, int ExpectedVersion, PauseKind Kind, string Reason, string? LegalBasis = null);

public sealed record SubmitDossierForApprovalInput(string Code, int ExpectedVersion, string? LeaderId = null);

public sealed record RefuseDossierInput(string Code, int ExpectedVersion, IReadOnlyList<string> Reasons);

public sealed record ReturnDossierResultInput(string Code, int ExpectedVersion, ReturnMethod Method);

public sealed record CloseDossierInput(string Code, int ExpectedVersion, string Reason);

public sealed record ApologiseForDossierInput(string Code, int ExpectedVersion, string Reason, string ResponsibleUnitCode, DateTimeOffset NewAppointmentAt);

public sealed record SetDossierPolicyInput(string ProcedureCode, int VersionNumber, PauseEffect SupplementEffect, PauseEffect FinancialEffect,
    PauseEffect OtherPauseEffect, int MaxReappointments, int MaxSupplementRequests);

public sealed class ApplicantInputGraphType : InputObjectGraphType<ApplicantData>
{
    public ApplicantInputGraphType()
    {
        Name = "ApplicantInput";
        Field<NonNullGraphType<ApplicantKindGraphType>>("kind");
        Field(a => a.FullName);
        Field(a => a.IdNumber, nullable: true).Description("12-digit citizen ID (CCCD) for citizens and household businesses; enterprise code for businesses.");
        Field(a => a.Phone);
        Field(a => a.Address, nullable: true);
        Field(a => a.Email, nullable: true);
    }
}

public sealed class DossierDocumentInputGraphType : InputObjectGraphType<DocumentData>
{
    public DossierDocumentInputGraphType()
    {
        Name = "DossierDocumentInput";
        Field(d => d.Name);
        Field<NonNullGraphType<IntGraphType>>("originals").DefaultValue(1);
        Field<NonNullGraphType<IntGraphType>>("certifiedCopies").DefaultValue(0);
        Field<NonNullGraphType<IntGraphType>>("copies").DefaultValue(0);
    }
}

public sealed class ReceiveDossierInputGraphType : InputObjectGraphType<ReceiveDossierInput>
{
    public ReceiveDossierInputGraphType()
    {
        Name = "ReceiveDossierInput";
        Field(i => i.ProcedureCode);
        Field(i => i.UnitCode, nullable: true).Description("Receiving unit (its code prefixes the receipt code); default the officer's unit.");
        Field<NonNullGraphType<IntakeChannelGraphType>>("channel");
        Field<NonNullGraphType<ApplicantInputGraphType>>("applicant");
        Field<ListGraphType<NonNullGraphType<DossierDocumentInputGraphType>>>("documents").Description("Components filed; default the procedure's full list.");
        Field<DateTimeScalar>("receivedAt").Description("Backfill only (Admin, DataEntry); otherwise the server's clock is used.");
        Field<IntakeOutcomeGraphType>("outcome").Description("Default ACCEPT.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("missingItems").Description("REQUEST_SUPPLEMENT: everything missing, in one go.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("refusalReasons").Description("REFUSE: the specific reasons.");
        Field(i => i.Subject, nullable: true).Description("Content of the request; default the procedure's name.");
        Field<IntGraphType>("sets").Description("Number of dossier sets, default 1.");
    }
}

/// <summary>Base of inputs that only name the dossier and the version read.</summary>
public abstract class DossierRefInputGraphType : InputObjectGraphType<DossierRefInput>
{
    protected DossierRefInputGraphType(string name)
    {
        Name = name;
        Field(i => i.Code);
        Field(i => i.ExpectedVersion).Description("The `version` the client read; a mismatch gives ConcurrencyConflictError.");
    }
}

public sealed class AcceptCompletedDossierInputGraphType() : DossierRefInputGraphType("AcceptCompletedDossierInput");

public sealed class ResumeDossierInputGraphType() : DossierRefInputGraphType("ResumeDossierInput");

public sealed class ApproveDossierInputGraphType() : DossierRefInputGraphType("ApproveDossierInput");

public sealed class MarkDossierResultReadyInputGraphType() : DossierRefInputGraphType("MarkDossierResultReadyInput");

public sealed class AssignDossierInputGraphType : InputObjectGraphType<AssignDossierInput>
{
    public AssignDossierInputGraphType()
    {
        Name = "AssignDossierInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field(i => i.UnitCode, nullable: true).Description("Processing unit; default the officer's unit, else the assigning officer's.");
        Field<IdGraphType>("officerId").Description("The officer (user id, as `me.id`) who takes the file.");
        Field(i => i.Note, nullable: true);
    }
}

public sealed class ForwardDossierInputGraphType : InputObjectGraphType<ForwardDossierInput>
{
    public ForwardDossierInputGraphType()
    {
        Name = "ForwardDossierInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field(i => i.UnitCode, nullable: true);
        Field<IdGraphType>("officerId");
        Field(i => i.CompleteStep, nullable: true).Description("The current step is done and the next one begins (default true).");
        Field(i => i.Note, nullable: true);
    }
}

public sealed class AppraiseDossierInputGraphType : InputObjectGraphType<AppraiseDossierInput>
{
    public AppraiseDossierInputGraphType()
    {
        Name = "AppraiseDossierInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field(i => i.Opinion).Description("The appraisal opinion (ý kiến thẩm định).");
    }
}

public sealed class RequestDossierSupplementInputGraphType : InputObjectGraphType<RequestDossierSupplementInput>
{
    public RequestDossierSupplementInputGraphType()
    {
        Name = "RequestDossierSupplementInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missingItems").Description("Everything to add, in one go.");
        Field(i => i.Reason);
        Field(i => i.OverrideReason, nullable: true).Description("Required to exceed the limit of supplement requests.");
    }
}

public sealed class PauseDossierInputGraphType : InputObjectGraphType<PauseDossierInput>
{
    public PauseDossierInputGraphType()
    {
        Name = "PauseDossierInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field<NonNullGraphType<PauseKindGraphType>>("kind").Description("FINANCIAL_OBLIGATION or OTHER (supplements use requestDossierSupplement).");
        Field(i => i.Reason);
        Field(i => i.LegalBasis, nullable: true);
    }
}

public sealed class SubmitDossierForApprovalInputGraphType : InputObjectGraphType<SubmitDossierForApprovalInput>
{
    public SubmitDossierForApprovalInputGraphType()
    {
        Name = "SubmitDossierForApprovalInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field<IdGraphType>("leaderId").Description("The leader who signs (user id).");
    }
}

public sealed class RefuseDossierInputGraphType : InputObjectGraphType<RefuseDossierInput>
{
    public RefuseDossierInputGraphType()
    {
        Name = "RefuseDossierInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons");
    }
}

public sealed class ReturnDossierResultInputGraphType : InputObjectGraphType<ReturnDossierResultInput>
{
    public ReturnDossierResultInputGraphType()
    {
        Name = "ReturnDossierResultInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field<NonNullGraphType<ReturnMethodGraphType>>("method");
    }
}

public abstract class CloseDossierInputGraphType : InputObjectGraphType<CloseDossierInput>
{
    protected CloseDossierInputGraphType(string name)
    {
        Name = name;
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field(i => i.Reason);
    }
}

public sealed class WithdrawDossierInputGraphType() : CloseDossierInputGraphType("WithdrawDossierInput");

public sealed class StopDossierInputGraphType() : CloseDossierInputGraphType("StopDossierInput");

public sealed class ApologiseForDossierInputGraphType : InputObjectGraphType<ApologiseForDossierInput>
{
    public ApologiseForDossierInputGraphType()
    {
        Name = "ApologiseForDossierInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion);
        Field(i => i.Reason).Description("Why the dossier will be late.");
        Field(i => i.ResponsibleUnitCode).Description("The unit responsible for the delay.");
        Field<NonNullGraphType<DateTimeScalar>>("newAppointmentAt");
    }
}

public sealed class SetDossierPolicyInputGraphType : InputObjectGraphType<SetDossierPolicyInput>
{
    public SetDossierPolicyInputGraphType()
    {
        Name = "SetDossierPolicyInput";
        Field(i => i.ProcedureCode);
        Field(i => i.VersionNumber);
        Field<NonNullGraphType<PauseEffectGraphType>>("supplementEffect");
        Field<NonNullGraphType<PauseEffectGraphType>>("financialEffect");
        Field<NonNullGraphType<PauseEffectGraphType>>("otherPauseEffect");
        Field(i => i.MaxReappointments);
        Field(i => i.MaxSupplementRequests);
    }
}
