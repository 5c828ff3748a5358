using System.Collections.Concurrent;
using System.Reactive.Disposables;
using System.Reactive.Linq;

namespace OneStop.Api.Infrastructure.Events;

/// <summary>
/// Single-instance event bus: the subscribers of each topic (<see cref="SubscriberSet"/>), each with its own queue and pump
/// (<see cref="SubscriberQueue{T}"/>), so publishing only enqueues and never runs a subscriber's work.
/// </summary>
public sealed class InMemoryEventBus(ILogger<InMemoryEventBus> logger) : IEventBus, IDisposable
{
    private readonly ConcurrentDictionary<string, SubscriberSet> _topics = new(StringComparer.Ordinal);

    public Task PublishAsync<T>(string topic, T message, CancellationToken ct = default) where T : class
    {
        if (_topics.TryGetValue(topic, out var subscribers)) subscribers.Offer(message);
        return Task.CompletedTask;
    }

    public IObservable<T> Observe<T>(string topic) where T : class => Observable.Create<T>(observer =>
    {
        var queue = new SubscriberQueue<T>(observer, topic, logger);
        var subscribers = _topics.GetOrAdd(topic, _ => new SubscriberSet());
        subscribers.Add(queue);
        return Disposable.Create(() =>
        {
            subscribers.Remove(queue);
            queue.Dispose();
        });
    });

    public void Dispose()
    {
        foreach (var s in _topics.Values) s.Complete();
        _topics.Clear();
    }
}
