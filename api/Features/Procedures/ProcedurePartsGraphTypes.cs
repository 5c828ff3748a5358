using GraphQL.Types;
using OneStop.Api.Features.Identity;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Procedures;

public sealed class ProcedureStatusGraphType : EnumerationGraphType<ProcedureStatus>
{
    public ProcedureStatusGraphType() => Description = "DRAFT (being edited), PUBLISHED (has a validity window), RETIRED (no longer offered; history kept).";
}

public sealed class ProcessingTimeUnitGraphType : EnumerationGraphType<ProcessingTimeUnit>
{
    public ProcessingTimeUnitGraphType() => Description = "Unit of a processing time; most procedures count working days.";
}

public sealed class OnlineServiceClassGraphType : EnumerationGraphType<OnlineServiceClass>
{
    public OnlineServiceClassGraphType() => Description = "Online public service class under Decree 42/2022/NĐ-CP: NONE, PARTIAL (một phần), FULL (toàn trình).";
}

public sealed class PortalSyncStateGraphType : EnumerationGraphType<PortalSyncState>
{
    public PortalSyncStateGraphType()
    {
        Name = "SyncState";
        Description = "Whether the national public service portal (DVCQG) shows the published version.";
    }
}

public sealed class ImplementingLevelGraphType : EnumerationGraphType
{
    public ImplementingLevelGraphType()
    {
        Name = "ImplementingLevel";
        Description = "Government level that implements a procedure (cấp thực hiện).";
        Add("PROVINCE", ImplementingLevels.Province, "Cấp tỉnh.");
        Add("DISTRICT", ImplementingLevels.District, "Cấp huyện (abolished from 1 July 2025; kept for history).");
        Add("COMMUNE", ImplementingLevels.Commune, "Cấp xã.");
    }
}

public sealed class ApplicantTypeGraphType : EnumerationGraphType
{
    public ApplicantTypeGraphType()
    {
        Name = "ApplicantType";
        Add("CITIZEN", ApplicantTypes.Citizen, "Công dân.");
        Add("BUSINESS", ApplicantTypes.Business, "Doanh nghiệp, tổ chức.");
        Add("HOUSEHOLD_BUSINESS", ApplicantTypes.HouseholdBusiness, "Hộ kinh doanh.");
    }
}

public sealed class ProcedureUnitRoleGraphType : EnumerationGraphType
{
    public ProcedureUnitRoleGraphType()
    {
        Name = "ProcedureUnitRole";
        Add("IMPLEMENTING", ProcedureUnitRoles.Implementing, "Cơ quan thực hiện.");
        Add("RECEIVING", ProcedureUnitRoles.Receiving, "Nơi tiếp nhận hồ sơ.");
    }
}

public sealed class ProcessingTimeGraphType : ObjectGraphType<ProcessingTime>
{
    public ProcessingTimeGraphType()
    {
        Name = "ProcessingTime";
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<ProcessingTimeUnitGraphType>>("unit").Resolve(c => c.Source.Unit);
    }
}

public sealed class ProcedureFeeGraphType : ObjectGraphType<ProcedureFee>
{
    public ProcedureFeeGraphType()
    {
        Name = "ProcedureFee";
        Description = "A fee or charge (phí, lệ phí).";
        Field(f => f.Name);
        Field<NonNullGraphType<LongGraphType>>("amount").Description("Amount in VND.").Resolve(c => c.Source.Amount);
        Field(f => f.PayerNotes, nullable: true).Description("Who pays, exemptions, reductions.");
    }
}

public sealed class RequiredDocumentGraphType : ObjectGraphType<RequiredDocument>
{
    public RequiredDocumentGraphType()
    {
        Name = "RequiredDocument";
        Description = "A document of the dossier (thành phần hồ sơ).";
        Field(d => d.Name);
        Field(d => d.Originals).Description("Number of originals (bản chính).");
        Field(d => d.CertifiedCopies).Description("Number of certified copies (bản sao chứng thực).");
        Field(d => d.Copies).Description("Number of plain copies (bản sao / bản photo).");
        Field(d => d.FormTemplate, nullable: true).Description("Form template (mẫu đơn, tờ khai), e.g. Mẫu số 01/TTHC.");
    }
}

public sealed class ResultDocumentGraphType : ObjectGraphType<ResultDocument>
{
    public ResultDocumentGraphType()
    {
        Name = "ResultDocument";
        Field(d => d.Name);
    }
}

public sealed class ProcedureStepGraphType : ObjectGraphType<ProcedureStep>
{
    public ProcedureStepGraphType()
    {
        Name = "ProcedureStep";
        Description = "A step of the internal process (quy trình nội bộ).";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => c.Source.Ordinal);
        Field(s => s.Name);
        Field<RoleGraphType>("role").Resolve(c => c.Source.Role);
        Field(s => s.Unit, nullable: true).Description("Unit that performs the step, when it is not a role of the implementing unit.");
        Field<NonNullGraphType<DecimalGraphType>>("budget").Description("Time budget, in the procedure's processing-time unit.").Resolve(c => c.Source.Budget);
    }
}

public sealed class ProcedureFieldGraphType : ObjectGraphType<ProcedureField>
{
    public ProcedureFieldGraphType()
    {
        Name = "ProcedureField";
        Description = "A field of procedures (lĩnh vực).";
        Field(f => f.Code);
        Field(f => f.Name);
    }
}

public sealed class ProcedureUnitGraphType : ObjectGraphType<VersionUnit>
{
    public ProcedureUnitGraphType()
    {
        Name = "ProcedureUnit";
        Description = "A unit that implements a procedure or receives its dossiers (public view of the unit).";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Unit.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Unit.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureUnitRoleGraphType>>>>("roles")
            .Resolve(c => Enum.GetValues<ProcedureUnitRoles>().Where(r => r != ProcedureUnitRoles.None && c.Source.Roles.HasFlag(r)).ToArray());
    }
}

public sealed class ProcedureSyncGraphType : ObjectGraphType<Procedure>
{
    public ProcedureSyncGraphType()
    {
        Name = "ProcedureSync";
        Description = "National-portal (DVCQG) synchronisation state.";
        Field<NonNullGraphType<PortalSyncStateGraphType>>("state").Resolve(c => c.Source.SyncState);
        Field<DateTimeScalar>("lastSyncedAt").Resolve(c => c.Source.LastSyncedAt.ToOffset());
    }
}
