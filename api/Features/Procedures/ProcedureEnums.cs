namespace OneStop.Api.Features.Procedures;

/// <summary>Life of one version: drafted, published (with a validity window), retired (history kept).</summary>
public enum ProcedureStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>Unit of a processing time (DOMAIN.md §8.2): most TTHC periods are working days.</summary>
public enum ProcessingTimeUnit
{
    WorkingDays,
    CalendarDays,
    WorkingHours,
}

/// <summary>Online service class of Decree 42/2022/NĐ-CP (DOMAIN.md §6): none, partial (một phần), full (toàn trình).</summary>
public enum OnlineServiceClass
{
    None,
    Partial,
    Full,
}

/// <summary>Whether the national TTHC database (DVCQG) shows what we publish.</summary>
public enum PortalSyncState
{
    NotSynced,
    Synced,
    OutOfDate,
}

/// <summary>Government levels that implement a procedure (cấp thực hiện); a procedure may have several.</summary>
[Flags]
public enum ImplementingLevels
{
    None = 0,
    Province = 1,
    District = 2,
    Commune = 4,
}

/// <summary>Who may apply (đối tượng thực hiện).</summary>
[Flags]
public enum ApplicantTypes
{
    None = 0,
    Citizen = 1,
    Business = 2,
    HouseholdBusiness = 4,
}

/// <summary>What a unit does for a procedure: implements it, receives its dossiers, or both.</summary>
[Flags]
public enum ProcedureUnitRoles
{
    None = 0,
    Implementing = 1,
    Receiving = 2,
}
