using System.Text.RegularExpressions;
using OneStop.Api.Infrastructure.Errors;

namespace OneStop.Api.Features.Dossiers;

/// <summary>What the desk decides at intake (DOMAIN.md §1.1 step 2).</summary>
public enum IntakeOutcome
{
    Accept,
    RequestSupplement,
    Refuse,
}

public sealed record ApplicantData(ApplicantKind Kind, string FullName, string? IdNumber, string Phone, string? Address, string? Email);

public sealed record DocumentData(string Name, int Originals = 1, int CertifiedCopies = 0, int Copies = 0);

/// <summary>
/// One intake, as the desk, an online channel, a seeder or an import gives it. <see cref="ReceivedAt"/> is honoured
/// only for backfill (Admin and DataEntry; seeders pass it directly).
/// </summary>
public sealed record IntakeCommand(
    string ProcedureCode,
    string? UnitCode,
    IntakeChannel Channel,
    ApplicantData Applicant,
    IReadOnlyList<DocumentData>? Documents = null,
    DateTimeOffset? ReceivedAt = null,
    IntakeOutcome Outcome = IntakeOutcome.Accept,
    IReadOnlyList<string>? MissingItems = null,
    IReadOnlyList<string>? RefusalReasons = null,
    string? Subject = null,
    int Sets = 1);

/// <summary>Input rules of an intake that need no database.</summary>
public static partial class IntakeValidation
{
    public static List<DomainError> Validate(IntakeCommand c)
    {
        var errors = new List<DomainError>();
        void Fail(string field, string vi, string en) => errors.Add(new ValidationError(field, vi, en));
        var a = c.Applicant;
        var name = a.FullName?.Trim() ?? "";
        if (name.Length is < 2 or > 200) Fail("applicant.fullName", "Họ tên người nộp phải dài từ 2 đến 200 ký tự.", "The applicant's name must be 2 to 200 characters long.");
        if (a.Kind == ApplicantKind.Citizen && string.IsNullOrWhiteSpace(a.IdNumber))
            Fail("applicant.idNumber", "Công dân phải có số định danh cá nhân (CCCD 12 số).", "A citizen needs a 12-digit citizen ID number.");
        if (a.Kind != ApplicantKind.Business && !string.IsNullOrWhiteSpace(a.IdNumber) && !IsCitizenId(a.IdNumber.Trim()))
            Fail("applicant.idNumber", "Số CCCD phải gồm 12 chữ số, ba số đầu là mã tỉnh nơi đăng ký khai sinh (001–096).",
                "The citizen ID must be 12 digits, starting with a province code 001–096.");
        if (a.Kind == ApplicantKind.Business && a.IdNumber is { } tax && !TaxCode().IsMatch(tax.Trim()))
            Fail("applicant.idNumber", "Mã số doanh nghiệp phải gồm 10 chữ số (hoặc 10-3 cho chi nhánh).", "The enterprise code must be 10 digits (or 10-3 for a branch).");
        if (NormalizePhone(a.Phone) is null) Fail("applicant.phone", "Số điện thoại không hợp lệ (ví dụ 0905123456).", "The phone number is invalid (e.g. 0905123456).");
        if (a.Email is { Length: > 0 } email && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 200))
            Fail("applicant.email", "Địa chỉ thư điện tử không hợp lệ.", "The e-mail address is invalid.");
        if (a.Address is { Length: > 500 }) Fail("applicant.address", "Địa chỉ dài tối đa 500 ký tự.", "The address is at most 500 characters long.");
        if (c.Sets is < 1 or > 100) Fail("sets", "Số bộ hồ sơ phải từ 1 đến 100.", "The number of sets must be 1 to 100.");
        if (c.Outcome == IntakeOutcome.RequestSupplement && (c.MissingItems is null || !c.MissingItems.Any(i => !string.IsNullOrWhiteSpace(i))))
            Fail("missingItems", "Phải liệt kê đầy đủ, một lần các giấy tờ cần bổ sung.", "List every missing item, in full, once.");
        if (c.Outcome == IntakeOutcome.Refuse && (c.RefusalReasons is null || !c.RefusalReasons.Any(i => !string.IsNullOrWhiteSpace(i))))
            Fail("refusalReasons", "Phải nêu rõ lý do từ chối.", "Give the reasons for refusing.");
        for (var i = 0; i < (c.Documents?.Count ?? 0); i++)
        {
            var d = c.Documents![i];
            if (string.IsNullOrWhiteSpace(d.Name)) Fail($"documents.{i}.name", "Tên giấy tờ là bắt buộc.", "The document name is required.");
            if (d.Originals < 0 || d.CertifiedCopies < 0 || d.Copies < 0 || d.Originals + d.CertifiedCopies + d.Copies == 0)
                Fail($"documents.{i}", "Số bản phải không âm và có ít nhất một bản.", "Give a non-negative number of copies, at least one in all.");
        }
        return errors;
    }

    /// <summary>12-digit citizen ID (CCCD, Circular 59/2021/TT-BCA): province code 001–096, then century/gender and birth year.</summary>
    public static bool IsCitizenId(string id) =>
        CitizenId().IsMatch(id) && int.Parse(id.AsSpan(0, 3), provider: System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 96;

    /// <summary>0xxxxxxxxx or +84xxxxxxxxx, spaces and dots ignored; null when invalid.</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (phone is null) return null;
        var p = phone.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (p.StartsWith("+84", StringComparison.Ordinal)) p = "0" + p[3..];
        return Phone().IsMatch(p) ? p : null;
    }

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex CitizenId();

    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex TaxCode();

    [GeneratedRegex(@"^0\d{9}$")]
    private static partial Regex Phone();
}
