using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Staffing;

/// <summary>
/// A person on a unit's staffing register. <see cref="PersonKey"/> is the unit's staff code (mã cán bộ), the key
/// the spreadsheet import matches on. No ID-card number or phone is stored; the date of birth is personal data.
/// </summary>
public sealed class Person
{
    public int Id { get; init; }
    public required string PersonKey { get; init; }
    public required string FullName { get; set; }
    public DateOnly DateOfBirth { get; set; }

    /// <summary>Start of service in the sector (thâm niên), for the one-stop desk seniority rule.</summary>
    public DateOnly SeniorityStart { get; set; }

    /// <summary>The unit that keeps the person's record; its path scopes who may read it.</summary>
    public required int UnitId { get; init; }

    public required string SearchText { get; set; }

    /// <summary>The sign-in account of this person (one account per person and one person per account), or null.</summary>
    public string? UserId { get; private set; }

    public int Version { get; set; } = 1;

    public static DomainError? Validate(string personKey, string fullName, DateOnly dateOfBirth, DateOnly seniorityStart, DateOnly today)
    {
        if (personKey.Trim().Length is < 2 or > 40)
            return new ValidationError("personKey", "Mã cán bộ phải dài từ 2 đến 40 ký tự.", "The staff code must be 2 to 40 characters long.");
        if (fullName.Trim().Length is < 2 or > 120)
            return new ValidationError("fullName", "Họ và tên phải dài từ 2 đến 120 ký tự.", "The full name must be 2 to 120 characters long.");
        if (dateOfBirth > today.AddYears(-15) || dateOfBirth < today.AddYears(-100))
            return new ValidationError("dateOfBirth", "Ngày sinh không hợp lệ.", "The date of birth is not plausible.");
        if (seniorityStart < dateOfBirth.AddYears(15) || seniorityStart > today)
            return new ValidationError("seniorityStart", "Ngày bắt đầu công tác phải sau tuổi 15 và không ở tương lai.",
                "The seniority start must be after age 15 and not in the future.");
        return null;
    }

    public DomainError? Update(string fullName, DateOnly dateOfBirth, DateOnly seniorityStart, int expectedVersion, DateOnly today)
    {
        if (expectedVersion != Version) return new ConcurrencyConflictError(Version);
        if (Validate(PersonKey, fullName, dateOfBirth, seniorityStart, today) is { } error) return error;
        FullName = fullName.Trim();
        DateOfBirth = dateOfBirth;
        SeniorityStart = seniorityStart;
        SearchText = VietnameseText.Fold($"{PersonKey} {FullName}");
        Version++;
        return null;
    }

    /// <summary>Links the person to a sign-in account (null unlinks); the caller checks the account is not linked elsewhere.</summary>
    public DomainError? LinkAccount(string? userId, int expectedVersion)
    {
        if (expectedVersion != Version) return new ConcurrencyConflictError(Version);
        UserId = userId;
        Version++;
        return null;
    }
}
