namespace OneStop.Api.Features.Calendar;

// One row of the calendar table (DOMAIN §12.1). Source names the legal document or notice;
// IsOfficial is false for rows generated from the Labour Code rule or not yet confirmed by a notice.
public sealed record Holiday(DateOnly Date, string NameVi, string NameEn, HolidayKind Kind, string Source, bool IsOfficial)
{
    public bool IsDayOff => Kind is not HolidayKind.SwappedWorkingDay;
}
