namespace OneStop.Api.Features.Calendar;

// Entered civil-service schedules (DOMAIN §8.1: the calendar is data from the yearly Government /
// MOLISA / Ministry of Home Affairs announcement). Confidence is noted per year; rows marked
// UNVERIFIED stay data, to be corrected in data, never worked around in code. Until the EF calendar
// table exists, these are the seed rows.
public static partial class OfficialHolidaySchedules
{
    private static readonly Dictionary<int, IReadOnlyList<Holiday>> ByYear = new()
    {
        [2020] = Year2020(),
        [2021] = Year2021(),
        [2022] = Year2022(),
        [2023] = Year2023(),
        [2024] = Year2024(),
        [2025] = Year2025(),
        [2026] = Year2026(),
    };

    public static IReadOnlyCollection<int> Years => ByYear.Keys;

    public static IReadOnlyList<Holiday>? For(int year) => ByYear.GetValueOrDefault(year);
}
