using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Tests.Infrastructure.Http;

namespace OneStop.Api.Tests.Infrastructure.Events;

/// <summary>Per-subscriber delivery shared by both buses: order, a publisher that never waits, overflow ends one stream.</summary>
public sealed class SubscriberQueueTests
{
    /// <summary>Records what one subscriber receives; <see cref="Gate"/> closed makes it a subscriber stuck in its first event.</summary>
    private sealed class Recorder
    {
        public List<long> Received { get; } = [];
        public ManualResetEventSlim Gate { get; } = new(true);
        public TaskCompletionSource<Exception?> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource AllReceived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Expected { get; init; }

        public IObserver<UnitChanged> Observer() => System.Reactive.Observer.Create<UnitChanged>(e =>
        {
            Gate.Wait(TimeSpan.FromSeconds(30));
            lock (Received)
            {
                Received.Add(e.UnitId);
                if (Received.Count == Expected) AllReceived.TrySetResult();
            }
        }, e => Ended.TrySetResult(e), () => Ended.TrySetResult(null));

        public long[] Snapshot()
        {
            lock (Received) return [.. Received];
        }
    }

    [Fact]
    public async Task Each_subscriber_receives_the_topics_events_in_publish_order()
    {
        using var bus = new InMemoryEventBus(NullLogger<InMemoryEventBus>.Instance);
        var one = new Recorder { Expected = 2000 };
        var two = new Recorder { Expected = 2000 };
        using var a = bus.Observe<UnitChanged>("unit:order").Subscribe(one.Observer());
        using var b = bus.Observe<UnitChanged>("unit:order").Subscribe(two.Observer());

        // Two publishing threads: whatever order their events interleave in, both subscribers see the same one.
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 1; i <= 1000; i++) await bus.PublishAsync("unit:order", new UnitChanged(i, "x")); }),
            Task.Run(async () => { for (var i = 1001; i <= 2000; i++) await bus.PublishAsync("unit:order", new UnitChanged(i, "x")); }));

        await Task.WhenAll(one.AllReceived.Task, two.AllReceived.Task).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(one.Snapshot(), two.Snapshot());
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), one.Snapshot().Where(i => i <= 1000));
        Assert.Equal(Enumerable.Range(1001, 1000).Select(i => (long)i), one.Snapshot().Where(i => i > 1000));
    }

    [Fact]
    public async Task A_slow_subscriber_blocks_neither_the_publisher_nor_the_other_subscribers()
    {
        using var bus = new InMemoryEventBus(NullLogger<InMemoryEventBus>.Instance);
        var slow = new Recorder { Expected = 100 };
        var fast = new Recorder { Expected = 100 };
        slow.Gate.Reset();
        using var a = bus.Observe<UnitChanged>("unit:slow").Subscribe(slow.Observer());
        using var b = bus.Observe<UnitChanged>("unit:slow").Subscribe(fast.Observer());

        var watch = Stopwatch.StartNew();
        for (var i = 1; i <= 100; i++) await bus.PublishAsync("unit:slow", new UnitChanged(i, "x"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"publishing waited {watch.Elapsed}");

        await fast.AllReceived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(slow.Snapshot());
        slow.Gate.Set();
        await slow.AllReceived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), slow.Snapshot());
        Assert.False(slow.Ended.Task.IsCompleted);
    }

    [Fact]
    public async Task A_subscriber_that_overflows_its_queue_has_its_stream_ended_with_an_error_and_the_others_go_on()
    {
        var subscribers = new SubscriberSet();
        var slow = new Recorder { Expected = 10 };
        var fast = new Recorder { Expected = 10 };
        slow.Gate.Reset();
        using var slowQueue = new SubscriberQueue<UnitChanged>(slow.Observer(), "unit:overflow", NullLogger.Instance, capacity: 3);
        using var fastQueue = new SubscriberQueue<UnitChanged>(fast.Observer(), "unit:overflow", NullLogger.Instance, capacity: 100);
        subscribers.Add(slowQueue);
        subscribers.Add(fastQueue);

        // The slow one holds its first event; three more fill its queue; the fifth overflows it.
        subscribers.Offer(new UnitChanged(1, "x"));
        await Task.Delay(200);
        for (var i = 2; i <= 5; i++) subscribers.Offer(new UnitChanged(i, "x"));
        await Task.Delay(200);
        for (var i = 6; i <= 10; i++) subscribers.Offer(new UnitChanged(i, "x"));

        await fast.AllReceived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), fast.Snapshot());
        Assert.False(fast.Ended.Task.IsCompleted);

        slow.Gate.Set();
        var error = await slow.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var overflow = Assert.IsType<SubscriberOverflowException>(error);
        Assert.Equal(SubscriberOverflowException.ErrorCode, overflow.Code);
        // No event is skipped in the middle: the stream is a prefix of what was published, then the error.
        Assert.Equal([1L], slow.Snapshot());
    }

    [Fact]
    public async Task What_a_pump_hands_on_in_one_go_wakes_each_connection_writer_once_at_its_end()
    {
        await using var connection = RunningSender.Start();
        using var firstQueued = new ManualResetEventSlim();
        using var hold = new ManualResetEventSlim();
        // Each event becomes a frame for the connection; the first one then holds the pump while the rest are published.
        var observer = System.Reactive.Observer.Create<UnitChanged>(e =>
        {
            connection.Enqueue(Encoding.UTF8.GetBytes($"{{\"n\":{e.UnitId}}}"));
            if (e.UnitId != 1) return;
            firstQueued.Set();
            hold.Wait(TimeSpan.FromSeconds(30));
        });
        using var bus = new InMemoryEventBus(NullLogger<InMemoryEventBus>.Instance);
        using var subscription = bus.Observe<UnitChanged>("unit:burst").Subscribe(observer);

        await bus.PublishAsync("unit:burst", new UnitChanged(1, "x"));
        Assert.True(firstQueued.Wait(TimeSpan.FromSeconds(10)));
        for (var i = 2; i <= 100; i++) await bus.PublishAsync("unit:burst", new UnitChanged(i, "x"));
        // Time enough for a drain loop woken by the first frame to send it alone: it waits for the pump's burst.
        await Task.Delay(200);
        Assert.Equal(0, connection.Wire.Writes);
        hold.Set();

        for (var i = 1; i <= 100; i++) Assert.Equal($"{{\"type\":\"next\",\"id\":\"s1\",\"payload\":{{\"n\":{i}}}}}", await WebSocketWire.ReceiveTextAsync(connection.Client));
        Assert.Equal(1, connection.Wire.Writes);
    }

    [Fact]
    public async Task A_pump_that_keeps_finding_events_still_wakes_the_writers_every_signal_batch()
    {
        await using var connection = RunningSender.Start();
        var events = SubscriberQueue.SignalBatchSize * 2 + 1;
        using var hold = new ManualResetEventSlim();
        var writtenBeforeTheLast = false;
        using var handedOn = new ManualResetEventSlim();
        var observer = System.Reactive.Observer.Create<UnitChanged>(e =>
        {
            if (e.UnitId == 1) hold.Wait(TimeSpan.FromSeconds(30));
            connection.Enqueue(Encoding.UTF8.GetBytes($"{{\"n\":{e.UnitId}}}"));
            if (e.UnitId != events) return;
            // Still in the pump's run over the backlog: the first batch's frames were woken and written already.
            writtenBeforeTheLast = SpinWait.SpinUntil(() => connection.Wire.Writes > 0, TimeSpan.FromSeconds(10));
            handedOn.Set();
        });
        using var bus = new InMemoryEventBus(NullLogger<InMemoryEventBus>.Instance);
        using var subscription = bus.Observe<UnitChanged>("unit:backlog").Subscribe(observer);

        // The pump holds the first event until all are queued, then finds a backlog of more than two batches.
        for (var i = 1; i <= events; i++) await bus.PublishAsync("unit:backlog", new UnitChanged(i, "x"));
        hold.Set();
        Assert.True(handedOn.Wait(TimeSpan.FromSeconds(30)));
        Assert.True(writtenBeforeTheLast);

        for (var i = 1; i <= events; i++) await WebSocketWire.ReceiveTextAsync(connection.Client);
    }
}
