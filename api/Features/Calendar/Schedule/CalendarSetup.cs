using Microsoft.Extensions.Options;

namespace OneStop.Api.Features.Calendar;

/// <summary>Office hours of the province (<c>Calendar:OfficeHours</c>); the defaults are DOMAIN.md §8.2's.</summary>
public sealed class CalendarOptions
{
    public TimeOnly MorningStart { get; set; } = OfficeHours.Default.MorningStart;
    public TimeOnly MorningEnd { get; set; } = OfficeHours.Default.MorningEnd;
    public TimeOnly AfternoonStart { get; set; } = OfficeHours.Default.AfternoonStart;
    public TimeOnly AfternoonEnd { get; set; } = OfficeHours.Default.AfternoonEnd;

    public OfficeHours ToOfficeHours() => new(MorningStart, MorningEnd, AfternoonStart, AfternoonEnd, OfficeHours.VietnamTimeZoneId);
}

public static class CalendarSetup
{
    public static IServiceCollection AddCalendar(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<CalendarOptions>(config.GetSection("Calendar:OfficeHours"));
        services.AddSingleton<HolidayStore>();
        // Per request: WorkingCalendar caches a year's days for its lifetime, and schedules can change between requests.
        services.AddScoped(sp => new WorkingCalendar(sp.GetRequiredService<HolidayStore>(), sp.GetRequiredService<IOptions<CalendarOptions>>().Value.ToOfficeHours()));
        services.AddScoped(sp => new DeadlineCalculator(sp.GetRequiredService<WorkingCalendar>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<DeadlineClassifier>();
        services.AddScoped<StepScheduler>();
        return services;
    }
}
