using System.Text.RegularExpressions;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Procedures;

/// <summary>
/// One version of a procedure's content. A version is drafted, then published with a validity window
/// [<see cref="EffectiveFrom"/>, <see cref="EffectiveTo"/>); a dossier stays bound to the version in force when it was
/// received (DOMAIN.md §0). Published and retired versions are never edited again.
/// </summary>
public sealed partial class ProcedureVersion
{
    public int Id { get; init; }
    public int ProcedureId { get; init; }
    public Procedure? Procedure { get; init; }

    /// <summary>The procedure's code, copied so that lists order and filter without a join.</summary>
    public required string Code { get; init; }

    public required int Number { get; init; }
    public ProcedureStatus Status { get; private set; } = ProcedureStatus.Draft;
    public DateOnly? EffectiveFrom { get; private set; }

    /// <summary>First day the version is no longer in force; null while its window is open.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Folded code and name for search that ignores Vietnamese diacritics and case.</summary>
    public string SearchText { get; private set; } = "";

    public int FieldId { get; private set; }
    public ProcedureField? Field { get; private set; }
    public ImplementingLevels Levels { get; private set; }
    public ApplicantTypes ApplicantTypes { get; private set; }
    public decimal ProcessingAmount { get; private set; }
    public ProcessingTimeUnit ProcessingUnit { get; private set; }

    /// <summary>Dossiers received after this local time count from the next working day (DOMAIN.md §8.2).</summary>
    public TimeOnly? CutOffHour { get; private set; }

    public OnlineServiceClass OnlineService { get; private set; }

    /// <summary>The level 1–4 of Decree 43/2011, kept for reports that still ask for it (DOMAIN.md §6).</summary>
    public int LegacyOnlineLevel { get; private set; }

    public List<ProcedureFee> Fees { get; init; } = [];
    public List<RequiredDocument> RequiredDocuments { get; init; } = [];
    public List<ResultDocument> ResultDocuments { get; init; } = [];
    public List<ProcedureStep> Steps { get; init; } = [];
    public List<ProcedureLegalBasis> LegalBases { get; init; } = [];
    public List<ProcedureVersionUnit> Units { get; init; } = [];

    public ProcessingTime ProcessingTime => new(ProcessingAmount, ProcessingUnit);

    public bool IsInForceOn(DateOnly day) =>
        Status != ProcedureStatus.Draft && EffectiveFrom <= day && (EffectiveTo is null || day < EffectiveTo);

    /// <summary>Validates and stores the whole content; only drafts change.</summary>
    public IReadOnlyList<DomainError> Apply(ProcedureContent content)
    {
        if (Status != ProcedureStatus.Draft)
            return [new ValidationError("code", "Chỉ sửa được bản dự thảo.", "Only a draft version can be edited.")];
        var errors = Validate(content);
        if (errors.Count > 0) return errors;
        Name = content.Name.Trim();
        SearchText = VietnameseText.Fold($"{Code} {Name}");
        Field = content.Field;
        FieldId = content.Field.Id;
        Levels = content.Levels;
        ApplicantTypes = content.ApplicantTypes;
        ProcessingAmount = content.ProcessingTime.Amount;
        ProcessingUnit = content.ProcessingTime.Unit;
        CutOffHour = content.CutOffHour;
        OnlineService = content.OnlineService;
        LegacyOnlineLevel = content.LegacyOnlineLevel;
        Fees.Clear();
        Fees.AddRange(content.Fees.Select((f, i) => new ProcedureFee { Ordinal = i + 1, Name = f.Name.Trim(), Amount = f.Amount, PayerNotes = Blank(f.PayerNotes) }));
        RequiredDocuments.Clear();
        RequiredDocuments.AddRange(content.RequiredDocuments.Select((d, i) => new RequiredDocument
        {
            Ordinal = i + 1, Name = d.Name.Trim(), Originals = d.Originals, CertifiedCopies = d.CertifiedCopies, Copies = d.Copies,
            FormTemplate = Blank(d.FormTemplate),
        }));
        ResultDocuments.Clear();
        ResultDocuments.AddRange(content.ResultDocuments.Select((r, i) => new ResultDocument { Ordinal = i + 1, Name = r.Trim() }));
        Steps.Clear();
        Steps.AddRange(content.Steps.Select((s, i) => new ProcedureStep { Ordinal = i + 1, Name = s.Name.Trim(), Role = s.Role, Unit = Blank(s.Unit), Budget = s.Budget }));
        LegalBases.Clear();
        LegalBases.AddRange(content.LegalBases.Select((d, i) => new ProcedureLegalBasis { LegalDocumentId = d.Id, LegalDocument = d, Ordinal = i + 1 }));
        Units.Clear();
        Units.AddRange(content.Units.Select(u => new ProcedureVersionUnit { UnitId = u.Unit.Id, Unit = u.Unit, Roles = u.Roles }));
        return [];
    }

    internal void Publish(DateOnly effectiveFrom)
    {
        Status = ProcedureStatus.Published;
        EffectiveFrom = effectiveFrom;
    }

    internal void CloseWindow(DateOnly effectiveTo) => EffectiveTo = effectiveTo;

    internal void Retire(DateOnly effectiveTo)
    {
        Status = ProcedureStatus.Retired;
        EffectiveTo = effectiveTo;
    }

    private static List<DomainError> Validate(ProcedureContent c)
    {
        var errors = new List<DomainError>();
        void Fail(string field, string vi, string en) => errors.Add(new ValidationError(field, vi, en));
        var name = c.Name.Trim();
        if (name.Length is < 5 or > 500) Fail("content.name", "Tên thủ tục phải dài từ 5 đến 500 ký tự.", "The procedure name must be 5 to 500 characters long.");
        if (c.Levels == ImplementingLevels.None) Fail("content.levels", "Phải chọn ít nhất một cấp thực hiện.", "Choose at least one implementing level.");
        if (c.ApplicantTypes == ApplicantTypes.None) Fail("content.applicantTypes", "Phải chọn ít nhất một đối tượng thực hiện.", "Choose at least one applicant type.");
        var max = c.ProcessingTime.Unit == ProcessingTimeUnit.WorkingHours ? 240m : 365m;
        if (c.ProcessingTime.Amount <= 0 || c.ProcessingTime.Amount > max)
            Fail("content.processingTime.amount", $"Thời hạn giải quyết phải lớn hơn 0 và không quá {max}.", $"The processing time must be above 0 and at most {max}.");
        if (c.CutOffHour is { } cut && (cut < new TimeOnly(7, 0) || cut > new TimeOnly(17, 0)))
            Fail("content.cutOffHour", "Giờ tiếp nhận cuối phải trong giờ hành chính (07:00–17:00).", "The cut-off hour must be within office hours (07:00–17:00).");
        // Decree 42/2022 vs 43/2011 (DOMAIN.md §6): L1–L2 are no online service; L3 is partial at most; full needs L4.
        var levelOk = c.OnlineService switch
        {
            OnlineServiceClass.None => c.LegacyOnlineLevel is 1 or 2,
            OnlineServiceClass.Partial => c.LegacyOnlineLevel is 3 or 4,
            OnlineServiceClass.Full => c.LegacyOnlineLevel == 4,
            _ => false,
        };
        if (!levelOk)
            Fail("content.legacyOnlineLevel", "Mức độ cũ (1–4) không khớp với loại dịch vụ công trực tuyến theo Nghị định 42/2022/NĐ-CP.",
                "The legacy level (1–4) does not match the online service class of Decree 42/2022.");
        for (var i = 0; i < c.Fees.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(c.Fees[i].Name)) Fail($"content.fees.{i}.name", "Tên phí, lệ phí là bắt buộc.", "The fee name is required.");
            if (c.Fees[i].Amount < 0) Fail($"content.fees.{i}.amount", "Mức phí không được âm.", "The fee amount cannot be negative.");
        }
        for (var i = 0; i < c.RequiredDocuments.Count; i++)
        {
            var d = c.RequiredDocuments[i];
            if (string.IsNullOrWhiteSpace(d.Name)) Fail($"content.requiredDocuments.{i}.name", "Tên giấy tờ là bắt buộc.", "The document name is required.");
            if (d.Originals < 0 || d.CertifiedCopies < 0 || d.Copies < 0 || d.Originals + d.CertifiedCopies + d.Copies == 0)
                Fail($"content.requiredDocuments.{i}", "Số lượng bản chính, bản sao phải không âm và có ít nhất một bản.", "Give a non-negative number of originals or copies, at least one in all.");
        }
        for (var i = 0; i < c.ResultDocuments.Count; i++)
            if (string.IsNullOrWhiteSpace(c.ResultDocuments[i])) Fail($"content.resultDocuments.{i}", "Tên kết quả là bắt buộc.", "The result document name is required.");
        for (var i = 0; i < c.Steps.Count; i++)
        {
            var s = c.Steps[i];
            if (string.IsNullOrWhiteSpace(s.Name)) Fail($"content.steps.{i}.name", "Tên bước là bắt buộc.", "The step name is required.");
            if (s.Role is null && string.IsNullOrWhiteSpace(s.Unit)) Fail($"content.steps.{i}", "Mỗi bước phải có vai trò hoặc đơn vị thực hiện.", "Each step needs a role or a unit.");
            if (s.Role is not null && !Roles.All.Contains(s.Role)) Fail($"content.steps.{i}.role", "Vai trò không hợp lệ.", "Unknown role.");
            if (s.Budget <= 0) Fail($"content.steps.{i}.budget", "Thời gian của bước phải lớn hơn 0.", "A step budget must be above 0.");
        }
        if (c.LegalBases.Select(d => d.Id).Distinct().Count() != c.LegalBases.Count)
            Fail("content.legalBasisNumbers", "Một văn bản được viện dẫn hai lần.", "A legal document is cited twice.");
        if (c.Units.Select(u => u.Unit.Id).Distinct().Count() != c.Units.Count)
            Fail("content.implementingUnitCodes", "Một đơn vị được liệt kê hai lần.", "A unit is listed twice.");
        if (errors.Count == 0 && c.Steps.Count > 0)
        {
            var total = c.Steps.Sum(s => s.Budget);
            if (total != c.ProcessingTime.Amount) errors.Add(new StepBudgetMismatchError(c.ProcessingTime.Amount, total, c.ProcessingTime.Unit));
        }
        return errors;
    }

    /// <summary>National TTHC codes look like <c>1.001612</c>.</summary>
    public static bool IsValidCode(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex(@"^\d{1,2}\.\d{5,6}$")]
    private static partial Regex CodePattern();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
