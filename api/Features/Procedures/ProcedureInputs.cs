using GraphQL.Types;
using OneStop.Api.Features.Identity;

namespace OneStop.Api.Features.Procedures;

/// <summary>The editable content of a version, with references by code (field, legal documents, units).</summary>
public sealed record ProcedureContentInput(
    string Name,
    string FieldCode,
    IReadOnlyList<ImplementingLevels> Levels,
    IReadOnlyList<ApplicantTypes> ApplicantTypes,
    ProcessingTime ProcessingTime,
    TimeOnly? CutOffHour,
    OnlineServiceClass OnlineService,
    int LegacyOnlineLevel,
    IReadOnlyList<FeeData>? Fees = null,
    IReadOnlyList<RequiredDocumentData>? RequiredDocuments = null,
    IReadOnlyList<string>? ResultDocuments = null,
    IReadOnlyList<string>? LegalBasisNumbers = null,
    IReadOnlyList<StepData>? Steps = null,
    IReadOnlyList<string>? ImplementingUnitCodes = null,
    IReadOnlyList<string>? ReceivingUnitCodes = null);

public sealed record CreateProcedureInput(string Code, ProcedureContentInput Content);

public sealed record UpdateProcedureDraftInput(string Code, int ExpectedRevision, ProcedureContentInput Content);

public sealed record PublishProcedureInput(string Code, int ExpectedRevision, DateOnly? EffectiveFrom = null);

public sealed record RetireProcedureInput(string Code, int ExpectedRevision, DateOnly? EffectiveTo = null);

public sealed class ProcessingTimeInputGraphType : InputObjectGraphType<ProcessingTime>
{
    public ProcessingTimeInputGraphType()
    {
        Name = "ProcessingTimeInput";
        Field<NonNullGraphType<DecimalGraphType>>("amount");
        Field<NonNullGraphType<ProcessingTimeUnitGraphType>>("unit");
    }
}

public sealed class FeeInputGraphType : InputObjectGraphType<FeeData>
{
    public FeeInputGraphType()
    {
        Name = "ProcedureFeeInput";
        Field(f => f.Name);
        Field<NonNullGraphType<LongGraphType>>("amount").Description("VND.");
        Field(f => f.PayerNotes, nullable: true);
    }
}

public sealed class RequiredDocumentInputGraphType : InputObjectGraphType<RequiredDocumentData>
{
    public RequiredDocumentInputGraphType()
    {
        Name = "RequiredDocumentInput";
        Field(d => d.Name);
        Field(d => d.Originals);
        Field(d => d.CertifiedCopies);
        Field(d => d.Copies);
        Field(d => d.FormTemplate, nullable: true);
    }
}

public sealed class StepInputGraphType : InputObjectGraphType<StepData>
{
    public StepInputGraphType()
    {
        Name = "ProcedureStepInput";
        Field(s => s.Name);
        Field<RoleGraphType>("role");
        Field(s => s.Unit, nullable: true);
        Field<NonNullGraphType<DecimalGraphType>>("budget").Description("In the procedure's processing-time unit.");
    }
}

public sealed class ProcedureContentInputGraphType : InputObjectGraphType<ProcedureContentInput>
{
    public ProcedureContentInputGraphType()
    {
        Name = "ProcedureContentInput";
        Field(i => i.Name);
        Field(i => i.FieldCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImplementingLevelGraphType>>>>("levels");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicantTypeGraphType>>>>("applicantTypes");
        Field<NonNullGraphType<ProcessingTimeInputGraphType>>("processingTime");
        Field<TimeOnlyGraphType>("cutOffHour");
        Field<NonNullGraphType<OnlineServiceClassGraphType>>("onlineService");
        Field(i => i.LegacyOnlineLevel);
        Field<ListGraphType<NonNullGraphType<FeeInputGraphType>>>("fees");
        Field<ListGraphType<NonNullGraphType<RequiredDocumentInputGraphType>>>("requiredDocuments");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("resultDocuments");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBasisNumbers").Description("Numbers of the legal documents cited, e.g. 60/2014/QH13.");
        Field<ListGraphType<NonNullGraphType<StepInputGraphType>>>("steps").Description("Budgets must add up to the processing time.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("implementingUnitCodes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("receivingUnitCodes");
    }
}

public sealed class CreateProcedureInputGraphType : InputObjectGraphType<CreateProcedureInput>
{
    public CreateProcedureInputGraphType()
    {
        Name = "CreateProcedureInput";
        Field(i => i.Code).Description("National procedure code, e.g. 1.001612.");
        Field<NonNullGraphType<ProcedureContentInputGraphType>>("content");
    }
}

public sealed class UpdateProcedureDraftInputGraphType : InputObjectGraphType<UpdateProcedureDraftInput>
{
    public UpdateProcedureDraftInputGraphType()
    {
        Name = "UpdateProcedureDraftInput";
        Field(i => i.Code);
        Field(i => i.ExpectedRevision).Description("The `revision` the client read; a mismatch gives ConcurrencyConflictError.");
        Field<NonNullGraphType<ProcedureContentInputGraphType>>("content");
    }
}

public sealed class PublishProcedureInputGraphType : InputObjectGraphType<PublishProcedureInput>
{
    public PublishProcedureInputGraphType()
    {
        Name = "PublishProcedureInput";
        Field(i => i.Code);
        Field(i => i.ExpectedRevision);
        Field<DateOnlyGraphType>("effectiveFrom").Description("Default today; never in the past.");
    }
}

public sealed class RetireProcedureInputGraphType : InputObjectGraphType<RetireProcedureInput>
{
    public RetireProcedureInputGraphType()
    {
        Name = "RetireProcedureInput";
        Field(i => i.Code);
        Field(i => i.ExpectedRevision);
        Field<DateOnlyGraphType>("effectiveTo").Description("First day no longer in force; default today.");
    }
}
