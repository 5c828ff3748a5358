namespace OneStop.Api.Features.Calendar;

// Unit of a statutory period (DOMAIN §12.3); GraphQL will expose WORKING_DAYS / CALENDAR_DAYS / WORKING_HOURS.
public enum TimeUnit
{
    WorkingDays,
    CalendarDays,
    WorkingHours,
}

public sealed record ProcessingTime(decimal Amount, TimeUnit Unit)
{
    public static ProcessingTime WorkingDays(decimal amount) => new(amount, TimeUnit.WorkingDays);

    public static ProcessingTime CalendarDays(int amount) => new(amount, TimeUnit.CalendarDays);

    public static ProcessingTime WorkingHours(decimal amount) => new(amount, TimeUnit.WorkingHours);
}
