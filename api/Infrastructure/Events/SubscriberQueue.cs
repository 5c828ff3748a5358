using System.Threading.Channels;
using GraphQL;

namespace OneStop.Api.Infrastructure.Events;

/// <summary>One subscriber's queue as a topic sees it: offer an event, or end the stream.</summary>
public interface ISubscriberQueue
{
    void Offer(object message);

    void Complete();
}

/// <summary>
/// Per-subscriber delivery, shared by both buses (TECH.md §9): publishing only enqueues, and a pump of this subscriber
/// alone hands the events to its observer one at a time, in the order they were offered, so neither the publisher nor the
/// other subscribers wait for a slow one. Nothing is dropped silently: a subscriber that falls <see cref="Capacity"/>
/// events behind gets its stream ended with <see cref="SubscriberOverflowException"/> (logged), so the client sees the
/// stream fail and refetches, instead of a stream with events missing in the middle.
/// </summary>
public sealed partial class SubscriberQueue<T> : ISubscriberQueue, IDisposable where T : class
{
    private readonly Channel<T> _buffer;
    private readonly CancellationTokenSource _stop = new();
    private readonly string _topic;
    private readonly ILogger _logger;
    private SubscriberOverflowException? _overflow;
    private bool _closed;

    public SubscriberQueue(IObserver<T> observer, string topic, ILogger logger, int capacity = SubscriberQueue.Capacity)
    {
        _topic = topic;
        _logger = logger;
        // FullMode Wait: TryWrite fails when full instead of dropping anything; the publisher never waits.
        _buffer = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        Capacity = capacity;
        _ = PumpAsync(observer);
    }

    public int Capacity { get; }

    /// <summary>Enqueues an event of this subscriber's type; on overflow ends the stream with an error.</summary>
    public void Offer(object message)
    {
        // TryWrite also fails once the stream was completed or unsubscribed; otherwise the buffer is full.
        if (message is not T typed || _buffer.Writer.TryWrite(typed) || Volatile.Read(ref _closed)) return;
        var overflow = new SubscriberOverflowException(Capacity);
        if (Interlocked.CompareExchange(ref _overflow, overflow, null) is not null) return;
        _buffer.Writer.TryComplete();
        LogOverflow(_logger, _topic, Capacity);
    }

    public void Complete()
    {
        Volatile.Write(ref _closed, true);
        _buffer.Writer.TryComplete();
    }

    private async Task PumpAsync(IObserver<T> observer)
    {
        var reader = _buffer.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                // After an overflow the backlog is not delivered: the stream ends with the error now.
                while (HandOn(reader, observer)) { }
                if (Volatile.Read(ref _overflow) is not null) break;
            }
        }
        catch (OperationCanceledException)
        {
            return; // Unsubscribed.
        }
        if (Volatile.Read(ref _overflow) is { } overflow) observer.OnError(overflow);
        else observer.OnCompleted();
    }

    /// <summary>
    /// Hands on up to <see cref="SubscriberQueue.SignalBatchSize"/> queued events in one <see cref="SignalBatch"/>: what
    /// they queue for writers is signalled once they are handed on, so at the latest every
    /// <see cref="SubscriberQueue.SignalBatchSize"/> events, and a pump that keeps finding events still wakes them. False
    /// when the queue is empty or overflowed.
    /// </summary>
    private bool HandOn(ChannelReader<T> reader, IObserver<T> observer)
    {
        using var batch = SignalBatch.Open();
        for (var n = 0; n < SubscriberQueue.SignalBatchSize; n++)
        {
            if (Volatile.Read(ref _overflow) is not null || !reader.TryRead(out var item)) return false;
            observer.OnNext(item);
        }
        return true;
    }

    public void Dispose()
    {
        Complete();
        _stop.Cancel();
        _stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber of topic {Topic} fell {Capacity} events behind; its stream was ended with an error")]
    private static partial void LogOverflow(ILogger logger, string topic, int capacity);
}

public static class SubscriberQueue
{
    /// <summary>Events buffered per subscriber before its stream is ended with <see cref="SubscriberOverflowException"/>.</summary>
    public const int Capacity = 10_000;

    /// <summary>Events handed on per <see cref="SignalBatch"/> at most (a scan's burst of alerts is one event).</summary>
    public const int SignalBatchSize = 128;
}

/// <summary>
/// Ends a subscriber's stream that fell too far behind. An <see cref="ExecutionError"/>, so the GraphQL client receives
/// its message and code (then the stream's completion) and refetches what it missed through the queries.
/// </summary>
public sealed class SubscriberOverflowException : ExecutionError
{
    public const string ErrorCode = "SUBSCRIPTION_OVERFLOW";

    public SubscriberOverflowException(int capacity)
        : base($"The subscription fell {capacity} events behind and was ended; refetch and subscribe again.") => Code = ErrorCode;
}

/// <summary>
/// The local subscribers of one topic. Offers, additions and removals are serialized, so every subscriber of the topic
/// receives its events in the same order even when several threads publish; an offer only enqueues, so the lock is short.
/// </summary>
public sealed class SubscriberSet
{
    private readonly Lock _gate = new();
    private ISubscriberQueue[] _subscribers = [];

    public void Add(ISubscriberQueue subscriber)
    {
        lock (_gate) _subscribers = [.. _subscribers, subscriber];
    }

    /// <summary>Removes a subscriber; true when it was the last one.</summary>
    public bool Remove(ISubscriberQueue subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(s => s != subscriber)];
            return _subscribers.Length == 0;
        }
    }

    public void Offer(object message)
    {
        lock (_gate)
            foreach (var s in _subscribers) s.Offer(message);
    }

    public void Complete()
    {
        lock (_gate)
            foreach (var s in _subscribers) s.Complete();
    }
}
