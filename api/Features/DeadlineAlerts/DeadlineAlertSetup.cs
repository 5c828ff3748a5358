using OneStop.Api.Infrastructure.Events;

namespace OneStop.Api.Features.DeadlineAlerts;

public static class DeadlineAlertSetup
{
    public static IServiceCollection AddDeadlineAlerts(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<DeadlineAlertOptions>(config.GetSection("DeadlineAlerts"));
        services.AddEventType<DeadlineAlertRaised>("deadline-alert.raised");
        services.AddScoped<DeadlineAlertRules>();
        services.AddSingleton<DeadlineScanner>();
        services.AddSingleton<DeadlineAlertFeed>();
        services.AddHostedService<DeadlineMonitor>();
        return services;
    }
}
