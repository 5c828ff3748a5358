using GraphQL.Types;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Staffing;

public sealed record CreateOfficeInput(string UnitCode, string Code, string Name, OfficeKind Kind, int HeadcountQuota, ProvinceClass ProvinceClass,
    int? InternalUnits, DateOnly EstablishedOn);

public sealed record UpdateOfficeInput(string Code, string Name, int HeadcountQuota, ProvinceClass ProvinceClass, int? InternalUnits,
    DateOnly EstablishedOn, DateOnly? DissolvedOn, int ExpectedVersion);

public sealed record CreatePersonInput(string UnitCode, string PersonKey, string FullName, DateOnly DateOfBirth, DateOnly SeniorityStart);

public sealed record UpdatePersonInput(string Id, string FullName, DateOnly DateOfBirth, DateOnly SeniorityStart, int ExpectedVersion);

public sealed record AssignPersonInput(string PersonId, string OfficeCode, Position Position, PostType PostType, DateOnly From, DateOnly? To);

public sealed record EndAssignmentInput(string Id, DateOnly To, int ExpectedVersion);

public sealed record RecordEmploymentInput(string PersonId, EmploymentType Type, SupportJob? SupportJob, DateOnly Start, DateOnly? End);

public sealed record UpdateEmploymentInput(string Id, SupportJob? SupportJob, DateOnly? End, int ExpectedVersion);

public sealed record OfficePayload(Office? Office, IReadOnlyList<DomainError> Errors);

public sealed record PersonPayload(Person? Person, IReadOnlyList<DomainError> Errors);

public sealed record AssignmentPayload(Assignment? Assignment, IReadOnlyList<DomainError> Errors);

public sealed record EmploymentPayload(Employment? Employment, IReadOnlyList<DomainError> Errors);

public sealed class CreateOfficeInputGraphType : InputObjectGraphType<CreateOfficeInput>
{
    public CreateOfficeInputGraphType()
    {
        Name = "CreateOfficeInput";
        Field(i => i.UnitCode);
        Field(i => i.Code).Description("Unique office code, e.g. the agency code 000.51.21.H47.");
        Field(i => i.Name);
        Field<NonNullGraphType<OfficeKindGraphType>>("kind");
        Field(i => i.HeadcountQuota);
        Field<NonNullGraphType<ProvinceClassGraphType>>("provinceClass");
        Field(i => i.InternalUnits, nullable: true);
        Field(i => i.EstablishedOn);
    }
}

public sealed class UpdateOfficeInputGraphType : InputObjectGraphType<UpdateOfficeInput>
{
    public UpdateOfficeInputGraphType()
    {
        Name = "UpdateOfficeInput";
        Field(i => i.Code);
        Field(i => i.Name);
        Field(i => i.HeadcountQuota);
        Field<NonNullGraphType<ProvinceClassGraphType>>("provinceClass");
        Field(i => i.InternalUnits, nullable: true);
        Field(i => i.EstablishedOn);
        Field(i => i.DissolvedOn, nullable: true);
        Field(i => i.ExpectedVersion).Description("The `version` the client read; a mismatch gives ConcurrencyConflictError.");
    }
}

public sealed class CreatePersonInputGraphType : InputObjectGraphType<CreatePersonInput>
{
    public CreatePersonInputGraphType()
    {
        Name = "CreatePersonInput";
        Field(i => i.UnitCode);
        Field(i => i.PersonKey);
        Field(i => i.FullName);
        Field(i => i.DateOfBirth);
        Field(i => i.SeniorityStart);
    }
}

public sealed class UpdatePersonInputGraphType : InputObjectGraphType<UpdatePersonInput>
{
    public UpdatePersonInputGraphType()
    {
        Name = "UpdatePersonInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.FullName);
        Field(i => i.DateOfBirth);
        Field(i => i.SeniorityStart);
        Field(i => i.ExpectedVersion);
    }
}

public sealed class AssignPersonInputGraphType : InputObjectGraphType<AssignPersonInput>
{
    public AssignPersonInputGraphType()
    {
        Name = "AssignPersonInput";
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field(i => i.OfficeCode);
        Field<NonNullGraphType<PositionGraphType>>("position");
        Field<NonNullGraphType<PostTypeGraphType>>("postType");
        Field(i => i.From);
        Field(i => i.To, nullable: true);
    }
}

public sealed class EndAssignmentInputGraphType : InputObjectGraphType<EndAssignmentInput>
{
    public EndAssignmentInputGraphType()
    {
        Name = "EndAssignmentInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.To);
        Field(i => i.ExpectedVersion);
    }
}

public sealed class RecordEmploymentInputGraphType : InputObjectGraphType<RecordEmploymentInput>
{
    public RecordEmploymentInputGraphType()
    {
        Name = "RecordEmploymentInput";
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field<NonNullGraphType<EmploymentTypeGraphType>>("type");
        Field<SupportJobGraphType>("supportJob");
        Field(i => i.Start);
        Field(i => i.End, nullable: true);
    }
}

public sealed class UpdateEmploymentInputGraphType : InputObjectGraphType<UpdateEmploymentInput>
{
    public UpdateEmploymentInputGraphType()
    {
        Name = "UpdateEmploymentInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<SupportJobGraphType>("supportJob");
        Field(i => i.End, nullable: true);
        Field(i => i.ExpectedVersion);
    }
}

/// <summary>Errors of staffing mutations: the shared four plus the staffing rules.</summary>
public sealed class StaffingErrorGraphType : UnionGraphType
{
    public StaffingErrorGraphType()
    {
        Name = "StaffingError";
        Type<ValidationErrorGraphType>();
        Type<NotFoundErrorGraphType>();
        Type<ConcurrencyConflictErrorGraphType>();
        Type<ForbiddenErrorGraphType>();
        Type<OverlappingHeadPostErrorGraphType>();
        Type<QuotaExceededErrorGraphType>();
        Type<AccountAlreadyLinkedErrorGraphType>();
    }
}

public sealed class OfficePayloadGraphType : ObjectGraphType<OfficePayload>
{
    public OfficePayloadGraphType()
    {
        Name = "OfficePayload";
        Field<OfficeGraphType>("office").Resolve(c => c.Source.Office);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class PersonPayloadGraphType : ObjectGraphType<PersonPayload>
{
    public PersonPayloadGraphType()
    {
        Name = "PersonPayload";
        Field<PersonGraphType>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class AssignmentPayloadGraphType : ObjectGraphType<AssignmentPayload>
{
    public AssignmentPayloadGraphType()
    {
        Name = "AssignmentPayload";
        Field<AssignmentGraphType>("assignment").Resolve(c => c.Source.Assignment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class EmploymentPayloadGraphType : ObjectGraphType<EmploymentPayload>
{
    public EmploymentPayloadGraphType()
    {
        Name = "EmploymentPayload";
        Field<EmploymentGraphType>("employment").Resolve(c => c.Source.Employment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingErrorGraphType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}
