namespace OneStop.Api.Features.Calendar;

// Row types of the yearly calendar table (DOMAIN §8.1, §12.1).
public enum HolidayKind
{
    // A day of Labour Code 2019 art. 112(1), including Tết days fixed by the Prime Minister.
    PublicHoliday,

    // Nghỉ bù: a holiday fell on a weekly rest day, so the next working day is off (art. 111(3)).
    CompensatoryDayOff,

    // Hoán đổi: a weekend day that becomes a working day for civil servants.
    SwappedWorkingDay,

    // Hoán đổi: a weekday given off in exchange for a SwappedWorkingDay.
    SwappedDayOff,
}
