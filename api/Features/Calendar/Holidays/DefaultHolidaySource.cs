namespace OneStop.Api.Features.Calendar;

// Official schedule when the year has one, else the rule-generated days (DOMAIN §8.1: the calendar is
// data entered yearly; generation is only the fallback for years nobody has entered yet).
public sealed class DefaultHolidaySource(DefaultHolidayGenerator generator) : IHolidaySource
{
    public DefaultHolidaySource()
        : this(new DefaultHolidayGenerator())
    {
    }

    public IReadOnlyList<Holiday> For(int year) =>
        OfficialHolidaySchedules.For(year) ?? generator.For(year);
}
