using System.Globalization;
using OneStop.Api.Features.Units;

namespace OneStop.Api.Features.Staffing;

/// <summary>A person holding a post in an office on the evaluated date, with the employment term in force then.</summary>
public sealed record StaffMember(int PersonId, Position Position, PostType PostType, Employment? Employment, DateOnly SeniorityStart);

/// <summary>An office as it stood on the evaluated date.</summary>
public sealed record OfficeSnapshot(Office Office, Unit Unit, IReadOnlyList<StaffMember> Staff);

/// <summary>The numbers behind one result; fields that do not apply to the rule are null.</summary>
public sealed record StaffingFigures(int HeadcountQuota, int StaffCount, int CivilServants)
{
    public int? Deputies { get; init; }
    public int? AllowedDeputies { get; init; }
    public int? MinimumStaff { get; init; }
    public int? InternalUnits { get; init; }
    public int? Offending { get; init; }
}

public sealed record RuleResult(StaffingRule Rule, ComplianceStatus Status, StaffingFigures Figures, IReadOnlyList<int> PersonIds,
    string Message, string MessageEn);

public sealed record OfficeCompliance(Office Office, IReadOnlyList<RuleResult> Results)
{
    public ComplianceStatus Status => Results.Count == 0 ? ComplianceStatus.Compliant : Results.Max(r => r.Status);
}

public sealed record RuleSummary(StaffingRuleCode Code, int Compliant, int Warnings, int Violations)
{
    public ComplianceStatus Status => Violations > 0 ? ComplianceStatus.Violation : Warnings > 0 ? ComplianceStatus.Warning : ComplianceStatus.Compliant;
}

public sealed record UnitCompliance(Unit Unit, IReadOnlyList<OfficeCompliance> Offices, IReadOnlyList<RuleSummary> Rules)
{
    public ComplianceStatus Status => Offices.Count == 0 ? ComplianceStatus.Compliant : Offices.Max(o => o.Status);
    public int Violations => Rules.Sum(r => r.Violations);
    public int Warnings => Rules.Sum(r => r.Warnings);
}

public sealed record ComplianceTotals(int Units, int Offices, int People, int CompliantOffices, int WarningOffices, int ViolatingOffices,
    IReadOnlyList<RuleSummary> Rules, IReadOnlyList<RuleResult> Results);

public sealed record StaffingCompliance(DateOnly AsOf, IReadOnlyList<UnitCompliance> Units, ComplianceTotals Totals);

/// <summary>
/// Applies the rule rows in force on a date to office snapshots. Every threshold comes from a <see cref="StaffingRule"/>
/// row; the code only knows what each rule code measures.
/// </summary>
public static class ComplianceEvaluator
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static IEnumerable<RuleTarget> TargetsOf(Office office, UnitKind unitKind)
    {
        yield return RuleTarget.AdministrativeAgency;
        switch (office.Kind)
        {
            case OfficeKind.Division or OfficeKind.GeneralOffice when unitKind is UnitKind.Department:
                yield return RuleTarget.DepartmentOffice;
                break;
            case OfficeKind.Division or OfficeKind.GeneralOffice when unitKind is UnitKind.District:
                yield return RuleTarget.DistrictOffice;
                break;
            case OfficeKind.SubDepartment:
                yield return RuleTarget.SubDepartment;
                break;
            case OfficeKind.Leadership when unitKind is UnitKind.Department:
                yield return RuleTarget.DepartmentLeadership;
                break;
            case OfficeKind.OneStopDesk:
                yield return RuleTarget.OneStopDesk;
                break;
        }
    }

    public static StaffingCompliance Evaluate(DateOnly asOf, IReadOnlyList<OfficeSnapshot> offices, IReadOnlyList<StaffingRule> rules)
    {
        var inForce = rules.Where(r => r.InForceOn(asOf)).OrderBy(r => r.Id).ToList();
        var evaluated = offices.Select(o => (o.Unit, Result: new OfficeCompliance(o.Office, [.. EvaluateOffice(asOf, o, inForce)]))).ToList();
        var units = evaluated.GroupBy(x => x.Unit.Id)
            .Select(g => new UnitCompliance(g.First().Unit, [.. g.Select(x => x.Result).OrderBy(o => o.Office.Code, StringComparer.Ordinal)],
                Summarise(g.SelectMany(x => x.Result.Results))))
            .OrderByDescending(u => u.Violations).ThenByDescending(u => u.Warnings).ThenBy(u => u.Unit.Code, StringComparer.Ordinal)
            .ToList();
        var all = evaluated.Select(x => x.Result).ToList();
        var province = ProvinceResults(all).ToList();
        var totals = new ComplianceTotals(units.Count, all.Count, offices.SelectMany(o => o.Staff).Select(s => s.PersonId).Distinct().Count(),
            all.Count(o => o.Status == ComplianceStatus.Compliant), all.Count(o => o.Status == ComplianceStatus.Warning),
            all.Count(o => o.Status == ComplianceStatus.Violation), Summarise(all.SelectMany(o => o.Results).Concat(province)), province);
        return new StaffingCompliance(asOf, units, totals);
    }

    private static List<RuleSummary> Summarise(IEnumerable<RuleResult> results) =>
    [
        .. results.GroupBy(r => r.Rule.Code).OrderBy(g => g.Key).Select(g => new RuleSummary(g.Key,
            g.Count(r => r.Status == ComplianceStatus.Compliant), g.Count(r => r.Status == ComplianceStatus.Warning),
            g.Count(r => r.Status == ComplianceStatus.Violation))),
    ];

    public static IEnumerable<RuleResult> EvaluateOffice(DateOnly asOf, OfficeSnapshot snapshot, IReadOnlyList<StaffingRule> inForce)
    {
        var office = snapshot.Office;
        var targets = TargetsOf(office, snapshot.Unit.Kind).ToHashSet();
        var staff = snapshot.Staff;
        var basis = new StaffingFigures(office.HeadcountQuota, staff.Count,
            staff.Count(s => s.Employment?.Type == EmploymentType.CivilServant));
        var groups = inForce.Where(r => targets.Contains(r.Target) && (r.ProvinceClass is null || r.ProvinceClass == office.ProvinceClass))
            .GroupBy(r => (r.Code, r.Target));
        foreach (var g in groups)
        {
            var rows = g.ToList();
            var result = g.Key.Code switch
            {
                StaffingRuleCode.MinStaff => MinStaff(rows[0], office, basis),
                StaffingRuleCode.MaxDeputyHeads => MaxDeputies(rows, office, staff, basis, Position.DeputyHead),
                // An average per department: above it is a warning, the province-wide total decides (see ProvinceResults).
                StaffingRuleCode.MaxDeputyDirectors => MaxDeputies(rows, office, staff, basis, Position.DeputyDirector) is { } r && r.Status != ComplianceStatus.Compliant
                    ? r with { Status = ComplianceStatus.Warning }
                    : MaxDeputies(rows, office, staff, basis, Position.DeputyDirector),
                _ => Offenders(asOf, rows[0], staff, basis),
            };
            if (result is not null) yield return result;
        }
    }

    private static RuleResult MinStaff(StaffingRule rule, Office office, StaffingFigures basis)
    {
        var min = rule.Limit ?? 0;
        var ok = office.HeadcountQuota >= min;
        return new RuleResult(rule, ok ? ComplianceStatus.Compliant : rule.BreachStatus, basis with { MinimumStaff = min }, [],
            string.Create(Vi, $"Biên chế {office.HeadcountQuota}, tối thiểu {min}."),
            string.Create(CultureInfo.InvariantCulture, $"Quota {office.HeadcountQuota}, minimum {min}."));
    }

    private static RuleResult? MaxDeputies(List<StaffingRule> rows, Office office, IReadOnlyList<StaffMember> staff, StaffingFigures basis, Position deputy)
    {
        var rule = rows.FirstOrDefault(r => r.Measure is null || r.Covers(r.Measure == RuleMeasure.InternalUnits ? office.InternalUnits : office.HeadcountQuota));
        if (rule is null) return null;
        var allowed = rule.Limit ?? 0;
        var people = staff.Where(s => s.Position == deputy).Select(s => s.PersonId).ToList();
        var ok = people.Count <= allowed;
        var figures = basis with
        {
            Deputies = people.Count,
            AllowedDeputies = allowed,
            InternalUnits = rule.Measure == RuleMeasure.InternalUnits ? office.InternalUnits : null,
        };
        return new RuleResult(rule, ok ? ComplianceStatus.Compliant : rule.BreachStatus, figures, ok ? [] : people,
            string.Create(Vi, $"{people.Count} cấp phó, được tối đa {allowed} (biên chế {office.HeadcountQuota})."),
            string.Create(CultureInfo.InvariantCulture, $"{people.Count} deputies, at most {allowed} allowed (quota {office.HeadcountQuota})."));
    }

    private static RuleResult Offenders(DateOnly asOf, StaffingRule rule, IReadOnlyList<StaffMember> staff, StaffingFigures basis)
    {
        var allowedJobs = (rule.Parameters ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        Func<StaffMember, bool> offends = rule.Code switch
        {
            StaffingRuleCode.SupportContractJobs => s => s.Employment is { Type: EmploymentType.SupportContract111 } e
                && (s.PostType != PostType.Support || e.SupportJob is not { } job || !allowedJobs.Contains(job.ToString())),
            StaffingRuleCode.PublicEmployeeProfessionalWork => s => s.Employment?.Type == EmploymentType.PublicEmployee && s.PostType == PostType.Professional,
            StaffingRuleCode.Contract173Term => s => s.Employment is { Type: EmploymentType.Contract173Labour } e
                && (e.End is not { } end || end > e.Start.AddMonths(rule.Limit ?? 0).AddDays(-1)),
            StaffingRuleCode.Contract173RoutineWork => s => s.Employment?.Type is EmploymentType.Contract173Labour or EmploymentType.Contract173Service
                && s.PostType == PostType.Professional,
            StaffingRuleCode.ContractEnding => s => s.Employment is { } e && Employment.IsContract(e.Type)
                && e.End is { } end && end >= asOf && end <= asOf.AddDays(rule.Limit ?? 0),
            StaffingRuleCode.DeskSeniority => s => s.SeniorityStart.AddMonths(rule.Limit ?? 0) > asOf,
            _ => _ => false,
        };
        var people = staff.Where(offends).Select(s => s.PersonId).Distinct().ToList();
        return new RuleResult(rule, people.Count == 0 ? ComplianceStatus.Compliant : rule.BreachStatus, basis with { Offending = people.Count }, people,
            string.Create(Vi, $"{people.Count}/{staff.Count} người vi phạm."),
            string.Create(CultureInfo.InvariantCulture, $"{people.Count} of {staff.Count} people concerned."));
    }

    /// <summary>Deputy directors: the province total against the sum of the per-department averages.</summary>
    private static IEnumerable<RuleResult> ProvinceResults(IReadOnlyList<OfficeCompliance> offices)
    {
        var leadership = offices.SelectMany(o => o.Results).Where(r => r.Rule.Code == StaffingRuleCode.MaxDeputyDirectors).ToList();
        if (leadership.Count == 0) yield break;
        var deputies = leadership.Sum(r => r.Figures.Deputies ?? 0);
        var allowed = leadership.Sum(r => r.Figures.AllowedDeputies ?? 0);
        var rule = leadership[0].Rule;
        var ok = deputies <= allowed;
        yield return new RuleResult(rule, ok ? ComplianceStatus.Compliant : rule.BreachStatus,
            new StaffingFigures(leadership.Sum(r => r.Figures.HeadcountQuota), leadership.Sum(r => r.Figures.StaffCount), leadership.Sum(r => r.Figures.CivilServants))
            {
                Deputies = deputies,
                AllowedDeputies = allowed,
            },
            ok ? [] : [.. leadership.SelectMany(r => r.PersonIds)],
            string.Create(Vi, $"{deputies} Phó Giám đốc ở {leadership.Count} sở, tổng được phép {allowed}."),
            string.Create(CultureInfo.InvariantCulture, $"{deputies} deputy directors in {leadership.Count} departments, {allowed} allowed in total."));
    }
}
