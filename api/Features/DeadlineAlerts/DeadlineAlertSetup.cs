using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Infrastructure.Http;

namespace OneStop.Api.Features.DeadlineAlerts;

public static class DeadlineAlertSetup
{
    public static IServiceCollection AddDeadlineAlerts(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<DeadlineAlertOptions>(config.GetSection("DeadlineAlerts"));
        services.AddEventType<DeadlineAlertsRaised>("deadline-alerts.raised");
        services.AddScoped<DeadlineAlertRules>();
        services.AddScoped<DeadlineAlertByIdLoader>();
        // The loader applies the viewer's scope, so node(id:) returns null for alerts on dossiers the viewer may not read.
        services.AddNodeResolver<DeadlineAlert>(nameof(DeadlineAlert), (c, id) => c.Service<DeadlineAlertByIdLoader>().Load(c, id));
        services.AddSingleton<DeadlineScanner>();
        services.AddSingleton<DeadlineAlertFeed>();
        services.AddHostedService<DeadlineMonitor>();
        // The benchmark's view of when each event left this instance (GET /bench/deliveries); nothing records it otherwise.
        if (config.GetValue("Bench:DeadlineScan", false)) services.AddSingleton<DeliveryProbe>();
        return services;
    }
}
