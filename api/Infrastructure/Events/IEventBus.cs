namespace OneStop.Api.Infrastructure.Events;

/// <summary>
/// Application events that subscriptions listen to. Events carry ids and changed fields only; subscription
/// resolvers re-read the data with the subscriber's authorization (TECH.md §9). Publish after the commit.
/// In-process by default; through Redis pub/sub when <c>Redis:Connection</c> is set, so every API instance sees them.
/// </summary>
public interface IEventBus
{
    Task PublishAsync<T>(string topic, T message, CancellationToken ct = default) where T : class;

    IObservable<T> Observe<T>(string topic) where T : class;
}
