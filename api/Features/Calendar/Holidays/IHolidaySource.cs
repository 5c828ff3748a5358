namespace OneStop.Api.Features.Calendar;

// The yearly holiday table. The EF-backed implementation (entered rows, DOMAIN §8.1) plugs in here.
public interface IHolidaySource
{
    IReadOnlyList<Holiday> For(int year);
}
