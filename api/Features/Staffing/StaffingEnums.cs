namespace OneStop.Api.Features.Staffing;

/// <summary>What an office inside a unit is: phòng, chi cục, văn phòng, one-stop desk, or the unit's leadership.</summary>
public enum OfficeKind
{
    /// <summary>Phòng chuyên môn.</summary>
    Division,

    /// <summary>Chi cục thuộc sở.</summary>
    SubDepartment,

    /// <summary>Văn phòng (sở, HĐND và UBND).</summary>
    GeneralOffice,

    /// <summary>Bộ phận Một cửa.</summary>
    OneStopDesk,

    /// <summary>Ban lãnh đạo (Giám đốc, Phó Giám đốc sở).</summary>
    Leadership,
}

/// <summary>Province class that the thresholds of Decree 107/2020 depend on.</summary>
public enum ProvinceClass
{
    /// <summary>Hà Nội and TP Hồ Chí Minh.</summary>
    SpecialCity,
    ClassI,
    ClassIIOrIII,
}

public enum Position
{
    Director,
    DeputyDirector,
    Head,
    DeputyHead,
    Staff,
}

/// <summary>What the post does: routine professional state-management work, a specialised non-recurring task, or support work.</summary>
public enum PostType
{
    /// <summary>Chuyên môn, nghiệp vụ: regular, continuous state-management work.</summary>
    Professional,

    /// <summary>Specialised, high-skill or seasonal task (the kind Decree 173/2025 allows contracts for).</summary>
    SpecialisedTask,

    /// <summary>Hỗ trợ, phục vụ.</summary>
    Support,
}

public enum EmploymentType
{
    /// <summary>Công chức trong biên chế.</summary>
    CivilServant,

    /// <summary>Viên chức.</summary>
    PublicEmployee,

    /// <summary>Hợp đồng lao động làm công việc hỗ trợ, phục vụ (Decree 111/2022).</summary>
    SupportContract111,

    /// <summary>Hợp đồng lao động ≤ 24 tháng (Decree 173/2025).</summary>
    Contract173Labour,

    /// <summary>Hợp đồng dịch vụ (Decree 173/2025).</summary>
    Contract173Service,
}

/// <summary>Support jobs named by Decree 111/2022 (DOMAIN.md §5.3).</summary>
public enum SupportJob
{
    Driver,
    Guard,
    Receptionist,
    Cleaner,
    ParkingAttendant,
    Maintenance,
    Cook,
    OtherSupport,
}

public enum StaffingRuleCode
{
    MinStaff,
    MaxDeputyHeads,
    MaxDeputyDirectors,
    SupportContractJobs,
    PublicEmployeeProfessionalWork,
    Contract173Term,
    Contract173RoutineWork,
    ContractEnding,
    DeskSeniority,
}

/// <summary>Which offices a rule row applies to.</summary>
public enum RuleTarget
{
    /// <summary>Phòng and văn phòng of a department (sở).</summary>
    DepartmentOffice,

    /// <summary>Phòng and văn phòng of a district People's Committee.</summary>
    DistrictOffice,
    SubDepartment,
    DepartmentLeadership,
    OneStopDesk,

    /// <summary>Every office of an administrative agency (all offices modelled here).</summary>
    AdministrativeAgency,
}

/// <summary>The figure a rule row's size range is compared with.</summary>
public enum RuleMeasure
{
    /// <summary>Biên chế công chức assigned to the office.</summary>
    HeadcountQuota,

    /// <summary>Number of units inside a chi cục.</summary>
    InternalUnits,
}

/// <summary>Confidence labels of DOMAIN.md.</summary>
public enum Confidence
{
    High,
    Med,
    Low,
    Unverified,
}

/// <summary>Ordered: a list's status is its worst member.</summary>
public enum ComplianceStatus
{
    Compliant,
    Warning,
    Violation,
}
