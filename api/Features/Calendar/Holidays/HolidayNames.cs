namespace OneStop.Api.Features.Calendar;

// Vietnamese and English names shared by the generator and the official schedules.
internal static class HolidayNames
{
    public static readonly (string Vi, string En) NewYear = ("Tết Dương lịch", "New Year's Day");
    public static readonly (string Vi, string En) TetEve = ("Tết Nguyên đán (ngày cuối năm âm lịch)", "Lunar New Year (last day of the lunar year)");
    public static readonly (string Vi, string En) TetBreak = ("Nghỉ Tết Nguyên đán", "Lunar New Year break");
    public static readonly (string Vi, string En) HungKings = ("Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration (10th day of the 3rd lunar month)");
    public static readonly (string Vi, string En) Victory = ("Ngày Chiến thắng (30/4)", "Reunification Day (30 April)");
    public static readonly (string Vi, string En) LabourDay = ("Ngày Quốc tế Lao động (1/5)", "International Labour Day (1 May)");
    public static readonly (string Vi, string En) NationalDay = ("Quốc khánh (2/9)", "National Day (2 September)");
    public static readonly (string Vi, string En) NationalDayAdjacent = ("Quốc khánh (ngày liền kề)", "National Day (adjacent day)");
    public static readonly (string Vi, string En) SwappedWorking = ("Làm việc bù (hoán đổi ngày làm việc)", "Swapped working day");

    public static (string Vi, string En) Tet(int day) => ($"Tết Nguyên đán (mùng {day})", $"Lunar New Year (day {day})");

    public static (string Vi, string En) SwappedOff((string Vi, string En) reason) =>
        ($"Nghỉ hoán đổi ({reason.Vi})", $"Swapped day off ({reason.En})");

    public static (string Vi, string En) Compensatory((string Vi, string En) holiday) =>
        ($"Nghỉ bù {holiday.Vi}", $"Compensatory day off for {holiday.En}");
}
