using Status = OneStop.Api.Features.Staffing.ComplianceStatus;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// The rule rows shipped with the application (seeded through the model, so every change is a reviewed migration).
/// Sources and confidence: DOMAIN.md §0 and §5.
/// </summary>
public static class StaffingRuleCatalogue
{
    public static readonly DateOnly Decree107From = new(2020, 11, 25);

    /// <summary>Decree 150/2025 in force 16 Jun 2025 (HIGH); that it replaces 107/2020 is MED.</summary>
    public static readonly DateOnly Decree150From = new(2025, 6, 16);

    public static readonly DateOnly Decree111From = new(2023, 2, 22);
    public static readonly DateOnly Decree173From = new(2025, 7, 1);

    /// <summary>District level abolished on 1 Jul 2025 (HIGH): the 108/2020 rows end the day before.</summary>
    public static readonly DateOnly DistrictLevelEnd = new(2025, 6, 30);

    private const string D107 = "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)";
    private const string D108 = "Nghị định 108/2020/NĐ-CP (sửa đổi Nghị định 37/2014/NĐ-CP)";
    private const string D111 = "Nghị định 111/2022/NĐ-CP";
    private const string D173 = "Nghị định 173/2025/NĐ-CP";

    public static IReadOnlyList<StaffingRule> All { get; } = Build();

    private static List<StaffingRule> Build()
    {
        var rows = new List<StaffingRule>();
        var d107 = new List<StaffingRule>();

        // 107/2020: minimum biên chế to set up a phòng or văn phòng of a sở, and a chi cục (HIGH).
        foreach (var (cls, min) in new[] { (ProvinceClass.SpecialCity, 7), (ProvinceClass.ClassI, 6), (ProvinceClass.ClassIIOrIII, 5) })
            d107.Add(Row(StaffingRuleCode.MinStaff, RuleTarget.DepartmentOffice, cls, RuleMeasure.HeadcountQuota, null, null, min,
                Decree107From, Decree150From.AddDays(-1), D107, Confidence.High, Status.Violation,
                $"Phòng, văn phòng thuộc sở phải có tối thiểu {min} biên chế công chức.",
                $"A division or office of a department needs at least {min} civil-servant posts."));
        d107.Add(Row(StaffingRuleCode.MinStaff, RuleTarget.SubDepartment, null, RuleMeasure.HeadcountQuota, null, null, 12,
            Decree107From, Decree150From.AddDays(-1), D107, Confidence.High, Status.Violation,
            "Chi cục thuộc sở phải có tối thiểu 12 biên chế công chức.", "A sub-department needs at least 12 civil-servant posts."));

        // 107/2020 deputy-head table by biên chế and province class (HIGH).
        foreach (var (cls, oneBelow) in new[] { (ProvinceClass.SpecialCity, 10), (ProvinceClass.ClassI, 9), (ProvinceClass.ClassIIOrIII, 8) })
        {
            d107.Add(Deputies(cls, 0, oneBelow - 1, 1));
            d107.Add(Deputies(cls, oneBelow, 14, 2));
            d107.Add(Deputies(cls, 15, null, 3));
        }

        // Chi cục deputies by its internal units (LOW: warn only).
        d107.Add(Row(StaffingRuleCode.MaxDeputyHeads, RuleTarget.SubDepartment, null, RuleMeasure.InternalUnits, 0, 3, 1,
            Decree107From, Decree150From.AddDays(-1), D107, Confidence.Low, Status.Warning,
            "Chi cục có từ 3 đơn vị trở xuống được bố trí 1 Phó Chi cục trưởng.", "A sub-department with at most 3 units has 1 deputy head."));
        d107.Add(Row(StaffingRuleCode.MaxDeputyHeads, RuleTarget.SubDepartment, null, RuleMeasure.InternalUnits, 4, null, 2,
            Decree107From, Decree150From.AddDays(-1), D107, Confidence.Low, Status.Warning,
            "Chi cục có từ 4 đơn vị trở lên được bố trí không quá 2 Phó Chi cục trưởng.", "A sub-department with 4 or more units has at most 2 deputy heads."));

        // Deputy directors: 3 per department on average, 4 in Hà Nội and HCMC; the province allocates the total (MED).
        foreach (var (cls, max) in new[] { (ProvinceClass.SpecialCity, 4), (ProvinceClass.ClassI, 3), (ProvinceClass.ClassIIOrIII, 3) })
            d107.Add(Row(StaffingRuleCode.MaxDeputyDirectors, RuleTarget.DepartmentLeadership, cls, null, null, null, max,
                Decree107From, Decree150From.AddDays(-1), D107, Confidence.Med, Status.Violation,
                $"Bình quân mỗi sở có {max} Phó Giám đốc; tỉnh phân bổ tổng số cho các sở.",
                $"On average {max} deputy directors per department; the province allocates the total."));
        rows.AddRange(d107);

        // 150/2025 (in force 16 Jun 2025) replaces 107/2020 (MED) but its thresholds were not checked: the 107/2020
        // numbers are carried over as UNVERIFIED rows that only warn, until someone enters the verified table.
        rows.AddRange(d107.Select(r => Copy(r, Decree150From, null,
            "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", Confidence.Unverified, Status.Warning)));

        // 108/2020, district offices (UNVERIFIED; in-force date assumed equal to 107/2020's, also UNVERIFIED).
        rows.Add(Row(StaffingRuleCode.MaxDeputyHeads, RuleTarget.DistrictOffice, null, RuleMeasure.HeadcountQuota, 0, 9, 2,
            Decree107From, DistrictLevelEnd, D108, Confidence.Unverified, Status.Warning,
            "Phòng thuộc UBND cấp huyện dưới 10 biên chế được bố trí không quá 2 Phó Trưởng phòng.",
            "A district office with fewer than 10 posts has at most 2 deputy heads."));
        rows.Add(Row(StaffingRuleCode.MaxDeputyHeads, RuleTarget.DistrictOffice, null, RuleMeasure.HeadcountQuota, 10, null, 3,
            Decree107From, DistrictLevelEnd, D108, Confidence.Unverified, Status.Warning,
            "Phòng thuộc UBND cấp huyện từ 10 biên chế trở lên được bố trí không quá 3 Phó Trưởng phòng.",
            "A district office with 10 or more posts has at most 3 deputy heads."));

        // 111/2022 (MED): labour contracts in administrative agencies only for support jobs, in support posts.
        rows.Add(Row(StaffingRuleCode.SupportContractJobs, RuleTarget.AdministrativeAgency, null, null, null, null, null,
            Decree111From, null, D111, Confidence.Med, Status.Violation,
            "Cơ quan hành chính chỉ ký hợp đồng lao động làm công việc hỗ trợ, phục vụ (lái xe, bảo vệ, lễ tân, tạp vụ…); không làm chuyên môn, nghiệp vụ.",
            "Administrative agencies may use labour contracts only for support jobs (driver, guard, receptionist, cleaner…), never professional work.",
            parameters: string.Join(',', Enum.GetNames<SupportJob>())));
        rows.Add(Row(StaffingRuleCode.PublicEmployeeProfessionalWork, RuleTarget.AdministrativeAgency, null, null, null, null, null,
            Decree111From, null, D111 + "; chỉ đạo của UBND tỉnh", Confidence.Med, Status.Violation,
            "Vị trí chuyên môn, nghiệp vụ trong cơ quan hành chính do công chức trong biên chế đảm nhiệm, không bố trí viên chức.",
            "Professional posts in administrative agencies are held by civil servants within the quota, not public employees."));

        // 173/2025 (HIGH, full text): labour contracts at most 24 months; no contract for regular state management (art. 7.2.a).
        rows.Add(Row(StaffingRuleCode.Contract173Term, RuleTarget.AdministrativeAgency, null, null, null, null, 24,
            Decree173From, null, D173, Confidence.High, Status.Violation,
            "Hợp đồng lao động theo Nghị định 173/2025 có thời hạn không quá 24 tháng.", "A Decree 173/2025 labour contract lasts at most 24 months."));
        rows.Add(Row(StaffingRuleCode.Contract173RoutineWork, RuleTarget.AdministrativeAgency, null, null, null, null, null,
            Decree173From, null, D173 + ", điều 7.2.a", Confidence.High, Status.Violation,
            "Không ký hợp đồng để làm công việc quản lý nhà nước thường xuyên, liên tục.",
            "No contract may be used for regular, continuous state-management work."));

        // Our own alert, not a legal rule: a contract ending within the next N days.
        rows.Add(Row(StaffingRuleCode.ContractEnding, RuleTarget.AdministrativeAgency, null, null, null, null, 30,
            new DateOnly(2018, 1, 1), null, "OneStop: cảnh báo nghiệp vụ", Confidence.High, Status.Warning,
            "Hợp đồng sắp hết hạn trong 30 ngày.", "A contract ends within 30 days."));

        // A draft decree reported by the press (LOW): one-stop desk officers need 2 years' seniority. Configurable, warn only.
        rows.Add(Row(StaffingRuleCode.DeskSeniority, RuleTarget.OneStopDesk, null, null, null, null, 24,
            Decree173From, null, "Dự thảo nghị định thay thế (báo chí đưa tin)", Confidence.Low, Status.Warning,
            "Công chức làm việc tại Bộ phận Một cửa có thâm niên tối thiểu 24 tháng trong ngành.",
            "One-stop desk officers have at least 24 months' seniority in their sector."));

        return [.. rows.Select((r, i) => Copy(r, r.EffectiveFrom, r.EffectiveTo, r.LegalSource, r.Confidence, r.BreachStatus, i + 1))];
    }

    private static StaffingRule Deputies(ProvinceClass cls, int from, int? to, int max) =>
        Row(StaffingRuleCode.MaxDeputyHeads, RuleTarget.DepartmentOffice, cls, RuleMeasure.HeadcountQuota, from, to, max,
            Decree107From, Decree150From.AddDays(-1), D107, Confidence.High, Status.Violation,
            $"Phòng thuộc sở có {Range(from, to, "biên chế")} được bố trí không quá {max} Phó Trưởng phòng.",
            $"A department division with {RangeEn(from, to)} posts has at most {max} deputy heads.");

    private static string Range(int from, int? to, string unit) =>
        to is null ? $"từ {from} {unit} trở lên" : from == 0 ? $"dưới {to + 1} {unit}" : $"từ {from} đến {to} {unit}";

    private static string RangeEn(int from, int? to) =>
        to is null ? $"{from} or more" : from == 0 ? $"fewer than {to + 1}" : $"{from} to {to}";

    private static StaffingRule Row(StaffingRuleCode code, RuleTarget target, ProvinceClass? cls, RuleMeasure? measure, int? sizeFrom, int? sizeTo,
        int? limit, DateOnly from, DateOnly? to, string source, Confidence confidence, Status breach, string text, string textEn,
        string? parameters = null) => new()
        {
            Code = code,
            Target = target,
            ProvinceClass = cls,
            Measure = measure,
            SizeFrom = sizeFrom,
            SizeTo = sizeTo,
            Limit = limit,
            Parameters = parameters,
            EffectiveFrom = from,
            EffectiveTo = to,
            LegalSource = source,
            Confidence = confidence,
            BreachStatus = breach,
            Text = text,
            TextEn = textEn,
        };

    private static StaffingRule Copy(StaffingRule r, DateOnly from, DateOnly? to, string source, Confidence confidence, Status breach, int id = 0) => new()
    {
        Id = id,
        Code = r.Code,
        Target = r.Target,
        ProvinceClass = r.ProvinceClass,
        Measure = r.Measure,
        SizeFrom = r.SizeFrom,
        SizeTo = r.SizeTo,
        Limit = r.Limit,
        Parameters = r.Parameters,
        EffectiveFrom = from,
        EffectiveTo = to,
        LegalSource = source,
        Confidence = confidence,
        BreachStatus = breach,
        Text = r.Text,
        TextEn = r.TextEn,
    };
}
