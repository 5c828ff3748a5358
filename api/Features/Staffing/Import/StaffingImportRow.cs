using System.Globalization;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.Staffing.Import;

/// <summary>One parsed spreadsheet row; <see cref="Errors"/> lists what could not be read.</summary>
public sealed class StaffingImportRow
{
    /// <summary>Column headers (matched ignoring case and diacritics) → field.</summary>
    public static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>
    {
        ["ma can bo"] = "personKey",
        ["ho va ten"] = "fullName",
        ["ngay sinh"] = "dateOfBirth",
        ["ngay bat dau cong tac"] = "seniorityStart",
        ["ma phong"] = "officeCode",
        ["chuc vu"] = "position",
        ["vi tri"] = "postType",
        ["tu ngay"] = "from",
        ["loai hinh"] = "employmentType",
        ["cong viec"] = "supportJob",
        ["hop dong tu ngay"] = "start",
        ["hop dong den ngay"] = "end",
    };

    private static readonly Dictionary<string, Position> Positions = Aliases<Position>(new()
    {
        ["giam doc"] = Position.Director,
        ["pho giam doc"] = Position.DeputyDirector,
        ["truong phong"] = Position.Head,
        ["chi cuc truong"] = Position.Head,
        ["chanh van phong"] = Position.Head,
        ["pho truong phong"] = Position.DeputyHead,
        ["pho chi cuc truong"] = Position.DeputyHead,
        ["pho chanh van phong"] = Position.DeputyHead,
        ["chuyen vien"] = Position.Staff,
        ["nhan vien"] = Position.Staff,
    });

    private static readonly Dictionary<string, PostType> PostTypes = Aliases<PostType>(new()
    {
        ["chuyen mon"] = PostType.Professional,
        ["chuyen mon nghiep vu"] = PostType.Professional,
        ["nhiem vu chuyen sau"] = PostType.SpecialisedTask,
        ["ho tro"] = PostType.Support,
        ["ho tro phuc vu"] = PostType.Support,
    });

    private static readonly Dictionary<string, EmploymentType> Types = Aliases<EmploymentType>(new()
    {
        ["cong chuc"] = EmploymentType.CivilServant,
        ["vien chuc"] = EmploymentType.PublicEmployee,
        ["hop dong 111"] = EmploymentType.SupportContract111,
        ["hop dong lao dong 173"] = EmploymentType.Contract173Labour,
        ["hop dong dich vu 173"] = EmploymentType.Contract173Service,
    });

    private static readonly Dictionary<string, SupportJob> Jobs = Aliases<SupportJob>(new()
    {
        ["lai xe"] = SupportJob.Driver,
        ["bao ve"] = SupportJob.Guard,
        ["le tan"] = SupportJob.Receptionist,
        ["phuc vu"] = SupportJob.Receptionist,
        ["tap vu"] = SupportJob.Cleaner,
        ["ve sinh"] = SupportJob.Cleaner,
        ["trong giu xe"] = SupportJob.ParkingAttendant,
        ["van hanh, bao tri"] = SupportJob.Maintenance,
        ["nau an"] = SupportJob.Cook,
        ["khac"] = SupportJob.OtherSupport,
    });

    public int Number { get; private init; }
    public string PersonKey { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public DateOnly DateOfBirth { get; private set; }
    public DateOnly SeniorityStart { get; private set; }
    public string? OfficeCode { get; private set; }
    public Position Position { get; private set; } = Position.Staff;
    public PostType PostType { get; private set; } = PostType.Professional;
    public DateOnly? From { get; private set; }
    public EmploymentType? Type { get; private set; }
    public SupportJob? Job { get; private set; }
    public DateOnly? Start { get; private set; }
    public DateOnly? End { get; private set; }
    public List<(string Field, string Message, string MessageEn)> Errors { get; } = [];

    public bool IsBlank { get; private set; }

    /// <summary>Maps the header row to field names by column index; unknown headers are ignored.</summary>
    public static Dictionary<string, int> MapHeaders(string?[] header)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
            if (Headers.TryGetValue(VietnameseText.Fold(header[i]), out var field)) map.TryAdd(field, i);
        return map;
    }

    public static StaffingImportRow Parse(int number, string?[] cells, IReadOnlyDictionary<string, int> columns)
    {
        string? Cell(string field) => columns.TryGetValue(field, out var i) && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;
        var row = new StaffingImportRow { Number = number, IsBlank = cells.All(string.IsNullOrWhiteSpace) };
        if (row.IsBlank) return row;
        row.PersonKey = Cell("personKey") ?? row.Missing("personKey", "Mã cán bộ", "Staff code");
        row.FullName = Cell("fullName") ?? row.Missing("fullName", "Họ và tên", "Full name");
        row.DateOfBirth = row.Date(Cell("dateOfBirth"), "dateOfBirth", required: true) ?? default;
        row.SeniorityStart = row.Date(Cell("seniorityStart"), "seniorityStart", required: true) ?? default;
        row.OfficeCode = Cell("officeCode");
        row.Position = row.Enum(Cell("position"), "position", Positions) ?? Position.Staff;
        row.PostType = row.Enum(Cell("postType"), "postType", PostTypes) ?? PostType.Professional;
        row.From = row.Date(Cell("from"), "from", required: row.OfficeCode is not null);
        row.Type = row.Enum(Cell("employmentType"), "employmentType", Types);
        row.Job = row.Enum(Cell("supportJob"), "supportJob", Jobs);
        row.Start = row.Date(Cell("start"), "start", required: row.Type is not null);
        row.End = row.Date(Cell("end"), "end", required: false);
        return row;
    }

    private string Missing(string field, string vi, string en)
    {
        Errors.Add((field, $"Thiếu {vi}.", $"{en} is missing."));
        return "";
    }

    private DateOnly? Date(string? text, string field, bool required)
    {
        if (text is null)
        {
            if (required) Errors.Add((field, "Thiếu ngày.", "The date is missing."));
            return null;
        }
        // Excel stores dates as serial numbers; typed text may be dd/MM/yyyy or ISO.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958465)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Errors.Add((field, $"Ngày \"{text}\" không hợp lệ (dd/MM/yyyy).", $"\"{text}\" is not a date (dd/MM/yyyy)."));
        return null;
    }

    private T? Enum<T>(string? text, string field, Dictionary<string, T> aliases) where T : struct, System.Enum
    {
        if (text is null) return null;
        if (aliases.TryGetValue(VietnameseText.Fold(text), out var value)) return value;
        Errors.Add((field, $"Giá trị \"{text}\" không hợp lệ.", $"\"{text}\" is not a valid value."));
        return null;
    }

    /// <summary>Vietnamese aliases plus the schema's CONSTANT_CASE names (folded to lower case).</summary>
    private static Dictionary<string, T> Aliases<T>(Dictionary<string, T> vietnamese) where T : struct, System.Enum
    {
        foreach (var v in System.Enum.GetValues<T>()) vietnamese[VietnameseText.Fold(EnumNames.ConstantCase(v.ToString()))] = v;
        return vietnamese;
    }
}
