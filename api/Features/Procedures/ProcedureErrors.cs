using System.Globalization;
using OneStop.Api.Features.LegalDocuments;
using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Procedures;

/// <summary>Publishing refused: some legal bases are not in force on the effective date (the province's order).</summary>
public sealed record CitesExpiredLawError(IReadOnlyList<LegalDocument> ExpiredLegalBases, DateOnly On)
    : DomainError("CITES_EXPIRED_LAW",
        $"Thủ tục viện dẫn văn bản không còn hiệu lực ngày {On.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: {string.Join(", ", ExpiredLegalBases.Select(d => d.Number))}; hãy thay căn cứ pháp lý trước khi công bố.",
        $"The procedure cites legal documents not in force on {On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {string.Join(", ", ExpiredLegalBases.Select(d => d.Number))}; replace the legal bases before publishing.");

/// <summary>The internal process's step budgets do not add up to the processing time (DOMAIN.md §11.2).</summary>
public sealed record StepBudgetMismatchError(decimal Expected, decimal Actual, ProcessingTimeUnit Unit)
    : DomainError("STEP_BUDGET_MISMATCH",
        $"Tổng thời gian các bước ({Actual.ToString(CultureInfo.InvariantCulture)}) phải bằng thời hạn giải quyết ({Expected.ToString(CultureInfo.InvariantCulture)}).",
        $"The step budgets add up to {Actual.ToString(CultureInfo.InvariantCulture)} but the processing time is {Expected.ToString(CultureInfo.InvariantCulture)}.");
