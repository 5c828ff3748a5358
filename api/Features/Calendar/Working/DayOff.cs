namespace OneStop.Api.Features.Calendar;

public enum DayOffKind
{
    Weekend,
    Holiday,
}

// Why a date is not a working day; Holiday is set when Kind is Holiday.
public sealed record DayOff(DateOnly Date, DayOffKind Kind, Holiday? Holiday)
{
    private static readonly string[] WeekdaysVi = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public string ToText(string culture) => (Kind, IsEnglish(culture)) switch
    {
        (DayOffKind.Holiday, false) => Holiday!.NameVi,
        (DayOffKind.Holiday, true) => Holiday!.NameEn,
        (DayOffKind.Weekend, false) => $"nghỉ cuối tuần ({WeekdaysVi[(int)Date.DayOfWeek]})",
        (DayOffKind.Weekend, true) => $"weekend ({Date.DayOfWeek})",
        _ => throw new ArgumentOutOfRangeException(nameof(culture)),
    };

    internal static bool IsEnglish(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
