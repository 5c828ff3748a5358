using System.Collections.Concurrent;
using System.Reactive.Linq;
using System.Reactive.Subjects;

namespace OneStop.Api.Infrastructure.Events;

/// <summary>Single-instance event bus: one synchronized subject per topic.</summary>
public sealed class InMemoryEventBus : IEventBus, IDisposable
{
    private readonly ConcurrentDictionary<string, ISubject<object>> _topics = new(StringComparer.Ordinal);

    public Task PublishAsync<T>(string topic, T message, CancellationToken ct = default) where T : class
    {
        if (_topics.TryGetValue(topic, out var subject)) subject.OnNext(message);
        return Task.CompletedTask;
    }

    public IObservable<T> Observe<T>(string topic) where T : class =>
        _topics.GetOrAdd(topic, _ => Subject.Synchronize(new Subject<object>())).OfType<T>();

    public void Dispose()
    {
        foreach (var s in _topics.Values) s.OnCompleted();
        _topics.Clear();
    }
}
