using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Text.Json;
using StackExchange.Redis;

namespace OneStop.Api.Infrastructure.Events;

/// <summary>The JSON message on a Redis channel: version, kind (<c>next</c> | <c>complete</c>), message id, event name, event body.</summary>
public sealed record EventEnvelope(int V, string Kind, string Id, string? Type, JsonElement? Body);

/// <summary>
/// <see cref="IEventBus"/> over Redis pub/sub, for several API instances (TECH.md §9, modelled on HotChocolate's
/// Redis provider). One Redis SUBSCRIBE per topic per instance, taken with the first local subscriber and released
/// after the last; messages of a topic are handled in order (<see cref="ChannelMessageQueue"/>) and handed to each
/// local subscriber through its own queue (<see cref="SubscriberQueue{T}"/>), so a slow subscriber cannot stall the Redis
/// reader, and one that falls too far behind has its stream ended with an error instead of losing events. Pub/sub is
/// at-most-once: events published while an instance is disconnected are missed.
/// </summary>
public sealed partial class RedisEventBus(IConnectionMultiplexer redis, EventTypeRegistry types, string prefix, ILogger<RedisEventBus> logger)
    : IEventBus, IDisposable
{
    public const int EnvelopeVersion = 1;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lock _gate = new();

    private ISubscriber Subscriber => redis.GetSubscriber();

    private ILogger Logger => logger;
    private readonly Dictionary<string, Topic> _topics = new(StringComparer.Ordinal);

    /// <summary>The Redis channel of a topic.</summary>
    public RedisChannel ChannelOf(string topic) => RedisChannel.Literal(prefix + ":" + topic);

    public async Task PublishAsync<T>(string topic, T message, CancellationToken ct = default) where T : class
    {
        var name = types.NameOf(message.GetType())
            ?? throw new InvalidOperationException($"{message.GetType().Name} has no event name; register it with AddEventType.");
        var envelope = new EventEnvelope(EnvelopeVersion, "next", Guid.NewGuid().ToString("N"), name, JsonSerializer.SerializeToElement(message, message.GetType(), Json));
        // Pub/sub is at-most-once: with Redis down the event is dropped (and logged) rather than failing the mutation or
        // the scan that already committed; subscribers catch up through the queries (the stored state is the truth).
        if (!redis.IsConnected)
        {
            LogPublishDropped(logger, topic, "not connected");
            return;
        }
        try
        {
            await redis.GetSubscriber().PublishAsync(ChannelOf(topic), JsonSerializer.SerializeToUtf8Bytes(envelope, Json)).WaitAsync(ct);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogPublishDropped(logger, topic, e.Message);
        }
    }

    public IObservable<T> Observe<T>(string topic) where T : class => Observable.Create<T>(observer =>
    {
        var local = new SubscriberQueue<T>(observer, topic, logger);
        Topic entry;
        lock (_gate)
        {
            if (!_topics.TryGetValue(topic, out entry!))
            {
                entry = new Topic(this, topic);
                _topics[topic] = entry;
            }
            entry.Add(local);
        }
        return Disposable.Create(() =>
        {
            local.Dispose();
            lock (_gate)
            {
                if (!entry.Remove(local) || _topics.GetValueOrDefault(topic) != entry) return;
                _topics.Remove(topic);
            }
            _ = entry.UnsubscribeAsync();
        });
    });

    /// <summary>Decodes one Redis message; malformed ones and unknown event names are logged and dropped.</summary>
    private void Dispatch(Topic topic, RedisValue value)
    {
        if (value.IsNullOrEmpty) return;
        EventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<EventEnvelope>((byte[])value!, Json);
        }
        catch (JsonException e)
        {
            LogMalformed(logger, topic.Name, e.Message);
            return;
        }
        if (envelope is null || envelope.V != EnvelopeVersion)
        {
            LogMalformed(logger, topic.Name, $"envelope version {envelope?.V}");
            return;
        }
        if (envelope.Kind == "complete")
        {
            topic.Complete();
            return;
        }
        if (envelope.Kind != "next" || envelope.Type is null || types.TypeOf(envelope.Type) is not { } type || envelope.Body is not { } body)
        {
            LogMalformed(logger, topic.Name, $"kind '{envelope.Kind}', event '{envelope.Type}'");
            return;
        }
        object? message;
        try
        {
            message = body.Deserialize(type, Json);
        }
        catch (JsonException e)
        {
            LogMalformed(logger, topic.Name, e.Message);
            return;
        }
        if (message is not null) topic.Offer(message);
    }

    public void Dispose()
    {
        Topic[] topics;
        lock (_gate)
        {
            topics = [.. _topics.Values];
            _topics.Clear();
        }
        foreach (var t in topics) t.Complete();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a Redis event on topic {Topic}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string topic, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable; an event on topic {Topic} was not published ({Reason})")]
    private static partial void LogPublishDropped(ILogger logger, string topic, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis SUBSCRIBE/UNSUBSCRIBE failed for topic {Topic}")]
    private static partial void LogSubscriptionFailed(ILogger logger, Exception e, string topic);

    /// <summary>One topic of this instance: its Redis subscription and its local subscribers.</summary>
    private sealed class Topic
    {
        private readonly RedisEventBus _bus;
        private readonly Task<ChannelMessageQueue?> _queue;
        private readonly SubscriberSet _subscribers = new();

        public Topic(RedisEventBus bus, string name)
        {
            _bus = bus;
            Name = name;
            _queue = SubscribeAsync();
        }

        public string Name { get; }

        private async Task<ChannelMessageQueue?> SubscribeAsync()
        {
            try
            {
                var queue = await _bus.Subscriber.SubscribeAsync(_bus.ChannelOf(Name));
                // Sequential handling keeps the topic's order (TECH.md §9); the handler only decodes and buffers.
                queue.OnMessage(m => _bus.Dispatch(this, m.Message));
                return queue;
            }
            catch (RedisException e)
            {
                LogSubscriptionFailed(_bus.Logger, e, Name);
                return null;
            }
        }

        public async Task UnsubscribeAsync()
        {
            try
            {
                if (await _queue is { } queue) await queue.UnsubscribeAsync();
            }
            catch (RedisException e)
            {
                LogSubscriptionFailed(_bus.Logger, e, Name);
            }
        }

        public void Add(ISubscriberQueue subscriber) => _subscribers.Add(subscriber);

        /// <summary>Removes a subscriber; true when it was the last one.</summary>
        public bool Remove(ISubscriberQueue subscriber) => _subscribers.Remove(subscriber);

        public void Offer(object message) => _subscribers.Offer(message);

        public void Complete() => _subscribers.Complete();
    }
}
