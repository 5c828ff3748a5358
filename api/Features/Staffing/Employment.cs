using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// One employment term of a person: civil-service status, public-employee status, or a contract (111/2022 support
/// contract with its job, 173/2025 labour or service contract) with start and end dates. Terms of one person do
/// not overlap; the term in force on a date gives the person's employment type on that date.
/// </summary>
public sealed class Employment
{
    public int Id { get; init; }
    public required int PersonId { get; init; }
    public required EmploymentType Type { get; init; }
    public SupportJob? SupportJob { get; set; }
    public required DateOnly Start { get; init; }
    public DateOnly? End { get; set; }
    public int Version { get; set; } = 1;

    public bool ActiveOn(DateOnly date) => Start <= date && (End is null || End >= date);

    public static bool IsContract(EmploymentType t) => t is EmploymentType.SupportContract111 or EmploymentType.Contract173Labour or EmploymentType.Contract173Service;

    public static DomainError? Validate(EmploymentType type, SupportJob? job, DateOnly start, DateOnly? end)
    {
        if (end is { } e && e < start)
            return new ValidationError("end", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The end date must not be before the start date.");
        if (type == EmploymentType.SupportContract111 && job is null)
            return new ValidationError("supportJob", "Hợp đồng hỗ trợ, phục vụ phải ghi công việc.", "A support contract must name its job.");
        if (type != EmploymentType.SupportContract111 && job is not null)
            return new ValidationError("supportJob", "Chỉ hợp đồng hỗ trợ, phục vụ mới ghi công việc.", "Only support contracts name a support job.");
        // Decree 173/2025 forbids indefinite-term contracts (HIGH); the 24-month cap itself is a versioned rule row.
        if (type is EmploymentType.Contract173Labour or EmploymentType.Contract173Service && end is null)
            return new ValidationError("end", "Hợp đồng theo Nghị định 173/2025 phải có ngày kết thúc.", "A Decree 173/2025 contract needs an end date.");
        return null;
    }

    public DomainError? Update(SupportJob? job, DateOnly? end, int expectedVersion)
    {
        if (expectedVersion != Version) return new ConcurrencyConflictError(Version);
        if (Validate(Type, job, Start, end) is { } error) return error;
        SupportJob = job;
        End = end;
        Version++;
        return null;
    }
}
