namespace OneStop.Api.Infrastructure.Events;

public static class EventsSetup
{
    public static IServiceCollection AddOneStopEvents(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IEventBus, InMemoryEventBus>();
        return services;
    }
}
