using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// An office inside an organisational unit (a phòng of a sở, a district office, a chi cục, a one-stop desk, the
/// leadership of a sở). Staffing data of its own, linked to the <see cref="Units.Unit"/> it belongs to: the unit
/// tree stays the tree of agencies that receive dossiers, and department divisions need no unit codes.
/// District offices reuse the agency code of their Office-kind unit row.
/// </summary>
public sealed class Office
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required OfficeKind Kind { get; init; }

    /// <summary>The unit (sở, UBND huyện/xã) the office belongs to; its path scopes who may read the office.</summary>
    public required int UnitId { get; init; }

    /// <summary>Biên chế công chức assigned to the office.</summary>
    public int HeadcountQuota { get; set; }

    public ProvinceClass ProvinceClass { get; set; }

    /// <summary>Units inside a chi cục (its deputy cap depends on it); 0 for other kinds.</summary>
    public int InternalUnits { get; set; }

    public DateOnly EstablishedOn { get; set; }
    public DateOnly? DissolvedOn { get; set; }
    public required string SearchText { get; set; }
    public int Version { get; set; } = 1;

    public bool ExistsOn(DateOnly date) => EstablishedOn <= date && (DissolvedOn is null || DissolvedOn > date);

    public static DomainError? Validate(string code, string name, int quota, int internalUnits, DateOnly establishedOn, DateOnly? dissolvedOn)
    {
        if (code.Trim().Length is < 3 or > 40)
            return new ValidationError("code", "Mã phòng phải dài từ 3 đến 40 ký tự.", "The office code must be 3 to 40 characters long.");
        if (name.Trim().Length is < 2 or > 200)
            return new ValidationError("name", "Tên phòng phải dài từ 2 đến 200 ký tự.", "The office name must be 2 to 200 characters long.");
        if (quota is < 0 or > 10_000)
            return new ValidationError("headcountQuota", "Biên chế phải từ 0 đến 10000.", "The headcount quota must be between 0 and 10000.");
        if (internalUnits is < 0 or > 100)
            return new ValidationError("internalUnits", "Số đơn vị bên trong phải từ 0 đến 100.", "Internal units must be between 0 and 100.");
        if (dissolvedOn is { } d && d <= establishedOn)
            return new ValidationError("dissolvedOn", "Ngày giải thể phải sau ngày thành lập.", "The dissolution date must be after the establishment date.");
        return null;
    }

    public DomainError? Update(string name, int quota, ProvinceClass provinceClass, int internalUnits, DateOnly establishedOn,
        DateOnly? dissolvedOn, int expectedVersion)
    {
        if (expectedVersion != Version) return new ConcurrencyConflictError(Version);
        if (Validate(Code, name, quota, internalUnits, establishedOn, dissolvedOn) is { } error) return error;
        Name = name.Trim();
        HeadcountQuota = quota;
        ProvinceClass = provinceClass;
        InternalUnits = internalUnits;
        EstablishedOn = establishedOn;
        DissolvedOn = dissolvedOn;
        SearchText = VietnameseText.Fold($"{Code} {Name}");
        Version++;
        return null;
    }
}
