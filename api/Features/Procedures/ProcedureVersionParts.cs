using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Features.Units;

namespace OneStop.Api.Features.Procedures;

/// <summary>A fee or charge (phí, lệ phí) of one version, in VND.</summary>
public sealed class ProcedureFee
{
    public int Id { get; init; }
    public int VersionId { get; init; }
    public int Ordinal { get; init; }
    public required string Name { get; init; }
    public long Amount { get; init; }
    public string? PayerNotes { get; init; }
}

/// <summary>A document the applicant files (thành phần hồ sơ), with how many originals and copies.</summary>
public sealed class RequiredDocument
{
    public int Id { get; init; }
    public int VersionId { get; init; }
    public int Ordinal { get; init; }
    public required string Name { get; init; }
    public int Originals { get; init; }
    public int CertifiedCopies { get; init; }
    public int Copies { get; init; }

    /// <summary>Name of the form template (mẫu đơn, tờ khai), when there is one.</summary>
    public string? FormTemplate { get; init; }
}

/// <summary>A document the applicant receives as the result (kết quả thực hiện).</summary>
public sealed class ResultDocument
{
    public int Id { get; init; }
    public int VersionId { get; init; }
    public int Ordinal { get; init; }
    public required string Name { get; init; }
}

/// <summary>One step of the internal process (quy trình nội bộ), done by a role or a unit within a time budget.</summary>
public sealed class ProcedureStep
{
    public int Id { get; init; }
    public int VersionId { get; init; }
    public int Ordinal { get; init; }
    public required string Name { get; init; }

    /// <summary>Role name (<see cref="Infrastructure.Auth.Roles"/>) that performs the step, if a role does.</summary>
    public string? Role { get; init; }

    /// <summary>Unit that performs the step (e.g. "Chi cục Thuế"), if a unit does.</summary>
    public string? Unit { get; init; }

    /// <summary>Time budget in the procedure's processing-time unit; the budgets add up to the processing time.</summary>
    public decimal Budget { get; init; }
}

/// <summary>A legal basis: a version cites a legal document.</summary>
public sealed class ProcedureLegalBasis
{
    public int VersionId { get; init; }
    public int LegalDocumentId { get; init; }
    public int Ordinal { get; init; }
    public LegalDocument? LegalDocument { get; init; }
}

/// <summary>A unit that implements the procedure, receives its dossiers, or both.</summary>
public sealed class ProcedureVersionUnit
{
    public int VersionId { get; init; }
    public int UnitId { get; init; }
    public ProcedureUnitRoles Roles { get; init; }
    public Unit? Unit { get; init; }
}
