using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Features.Units;

namespace OneStop.Api.Features.Procedures;

/// <summary>Amount and unit of the statutory processing time (thời hạn giải quyết).</summary>
public sealed record ProcessingTime(decimal Amount, ProcessingTimeUnit Unit);

public sealed record FeeData(string Name, long Amount, string? PayerNotes);

public sealed record RequiredDocumentData(string Name, int Originals, int CertifiedCopies, int Copies, string? FormTemplate);

public sealed record StepData(string Name, string? Role, string? Unit, decimal Budget);

public sealed record ProcedureUnitLink(Unit Unit, ProcedureUnitRoles Roles);

/// <summary>The whole content of one version, with its references already resolved to entities.</summary>
public sealed record ProcedureContent(
    string Name,
    ProcedureField Field,
    ImplementingLevels Levels,
    ApplicantTypes ApplicantTypes,
    ProcessingTime ProcessingTime,
    TimeOnly? CutOffHour,
    OnlineServiceClass OnlineService,
    int LegacyOnlineLevel,
    IReadOnlyList<FeeData> Fees,
    IReadOnlyList<RequiredDocumentData> RequiredDocuments,
    IReadOnlyList<string> ResultDocuments,
    IReadOnlyList<LegalDocument> LegalBases,
    IReadOnlyList<StepData> Steps,
    IReadOnlyList<ProcedureUnitLink> Units);
