using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Units;
using StackExchange.Redis;

namespace OneStop.Api.Infrastructure.Events;

/// <summary>
/// The event bus: in-process by default; Redis pub/sub when <c>Redis:Connection</c> is set (e.g. <c>127.0.0.1:6379</c>),
/// so subscribers on every API instance see events published on any of them. Channels are
/// <c>{Redis:Prefix}:{topic}</c>, the prefix defaulting to <c>onestop:{environment}</c>.
/// </summary>
public static class EventsSetup
{
    public static IServiceCollection AddOneStopEvents(this IServiceCollection services, IConfiguration config)
    {
        services.AddEventType<UnitChanged>("unit.changed");
        services.AddEventType<DossierChanged>("dossier.changed");

        var connection = config["Redis:Connection"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            services.AddSingleton<IEventBus, InMemoryEventBus>();
            return services;
        }
        services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var options = ConfigurationOptions.Parse(connection);
            // Start even when Redis is down; the multiplexer reconnects and re-subscribes by itself (TECH.md §9).
            options.AbortOnConnectFail = false;
            options.ClientName ??= "onestop-api";
            var redis = ConnectionMultiplexer.Connect(options);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("OneStop.Events.Redis");
            redis.ConnectionFailed += (_, e) => logger.LogWarning(e.Exception, "Redis connection lost ({FailureType}); events published meanwhile are missed", e.FailureType);
            redis.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored");
            return redis;
        });
        services.AddSingleton<IEventBus>(sp =>
        {
            var environment = sp.GetRequiredService<IHostEnvironment>().EnvironmentName;
            var prefix = config["Redis:Prefix"] is { Length: > 0 } p ? p : "onestop:" + environment.ToLowerInvariant();
            return new RedisEventBus(sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<EventTypeRegistry>(), prefix,
                sp.GetRequiredService<ILogger<RedisEventBus>>());
        });
        return services;
    }

    /// <summary>Registers an event type under its wire name (see <see cref="EventTypeRegistry"/>).</summary>
    public static IServiceCollection AddEventType<T>(this IServiceCollection services, string name) where T : class
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(EventTypeRegistry))?.ImplementationInstance is not EventTypeRegistry registry)
        {
            registry = new EventTypeRegistry();
            services.AddSingleton(registry);
        }
        registry.Add(name, typeof(T));
        return services;
    }
}
