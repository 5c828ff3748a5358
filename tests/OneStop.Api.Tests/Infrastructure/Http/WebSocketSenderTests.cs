using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Infrastructure.Http;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>
/// <see cref="WebSocketSender"/> over real WebSockets and a <see cref="FrameBatchStream"/>: how much a burst may queue
/// before a client counts as not reading, and what the drain loop sends of it.
/// </summary>
public sealed class WebSocketSenderTests
{
    private static byte[] Payload(int n) => Encoding.UTF8.GetBytes($"{{\"data\":{{\"n\":{n}}}}}");

    /// <summary>Queues frames up to the capacity (all taken) and one more (refused); returns their payload.</summary>
    private static byte[] FillToCapacity(WebSocketSender sender, WebSocketOperation operation)
    {
        var payload = Payload(0);
        for (var i = 0; i < WebSocketSender.Capacity; i++) Assert.True(sender.TryEnqueue(OutgoingFrame.Next(operation, payload)));
        Assert.False(sender.TryEnqueue(OutgoingFrame.Next(operation, payload)));
        return payload;
    }

    private static string Next(string id, int n) => $"{{\"type\":\"next\",\"id\":\"{id}\",\"payload\":{{\"data\":{{\"n\":{n}}}}}}}";

    [Fact]
    public async Task A_catch_up_burst_of_1500_alerts_queued_at_once_is_all_taken_and_arrives_whole_in_order_in_few_writes()
    {
        var (wire, batches, server, client) = WebSocketWire.Connect();
        using var sender = new WebSocketSender(server, batches, NullLogger.Instance);
        using var operation = new WebSocketOperation("s1");

        // Queued faster than the loop drains (it is not even running): a scan after a start raises about 1,500 at once.
        for (var i = 0; i < 1500; i++) Assert.True(sender.TryEnqueue(OutgoingFrame.Next(operation, Payload(i))), $"frame {i} refused");
        sender.Complete();
        await sender.RunAsync(CancellationToken.None);

        for (var i = 0; i < 1500; i++) Assert.Equal(Next("s1", i), await WebSocketWire.ReceiveTextAsync(client));
        // About 60 KB of frames: gathered into 64 KB batches, not one write per frame.
        Assert.InRange(wire.Writes, 1, 2);
    }

    [Fact]
    public async Task The_benchmark_probe_is_told_each_written_batch_with_its_next_frames()
    {
        var (wire, batches, server, client) = WebSocketWire.Connect();
        var probe = new DeliveryProbe(TimeProvider.System);
        using var sender = new WebSocketSender(server, batches, NullLogger.Instance, probe);
        using var operation = new WebSocketOperation("s1");

        var before = DateTimeOffset.UtcNow;
        for (var i = 0; i < 1500; i++) Assert.True(sender.TryEnqueue(OutgoingFrame.Next(operation, Payload(i))));
        sender.Complete();
        await sender.RunAsync(CancellationToken.None);
        for (var i = 0; i < 1500; i++) await WebSocketWire.ReceiveTextAsync(client);

        // One entry per write, holding every frame once, stamped when it was written.
        var written = probe.Take().Written;
        Assert.Equal(wire.Writes, written.Count);
        Assert.Equal(1500, written.Sum(b => b.NextFrames));
        Assert.All(written, b => Assert.InRange(b.At, before, DateTimeOffset.UtcNow));
        Assert.Empty(probe.Take().Written);

        // And the collections since the last take, per generation.
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        Assert.True(probe.Take().Collections[0] >= 1);
    }

    [Fact]
    public async Task A_burst_handed_on_in_a_signal_batch_is_one_write_once_the_batch_ends()
    {
        await using var connection = RunningSender.Start();

        using (SignalBatch.Open())
        {
            connection.Enqueue(Payload(0));
            // Time enough for a woken drain loop to send the first frame on its own: it was not woken. (A batch is
            // synchronous work on one thread, hence no await here.)
            Thread.Sleep(200);
            Assert.Equal(0, connection.Wire.Writes);
            for (var i = 1; i < 100; i++) connection.Enqueue(Payload(i));
        }

        for (var i = 0; i < 100; i++) Assert.Equal(Next("s1", i), await WebSocketWire.ReceiveTextAsync(connection.Client));
        Assert.Equal(1, connection.Wire.Writes);
    }

    [Fact]
    public void A_client_that_does_not_read_is_refused_beyond_the_capacity()
    {
        var (_, batches, server, _) = WebSocketWire.Connect();
        using var sender = new WebSocketSender(server, batches, NullLogger.Instance);
        using var operation = new WebSocketOperation("s1");
        FillToCapacity(sender, operation);
    }

    [Fact]
    public async Task A_full_queue_has_its_whole_room_again_once_the_client_has_read_what_was_sent()
    {
        var (_, batches, server, client) = WebSocketWire.Connect();
        using var sender = new WebSocketSender(server, batches, NullLogger.Instance);
        using var operation = new WebSocketOperation("s1");
        var payload = FillToCapacity(sender, operation);

        var running = sender.RunAsync(CancellationToken.None);
        for (var i = 0; i < WebSocketSender.Capacity; i++) await WebSocketWire.ReceiveTextAsync(client);
        // The loop gives the room back right after it wrote its last batch, which the client has now read.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!sender.TryEnqueue(OutgoingFrame.Next(operation, payload)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the room was not given back");
            await Task.Delay(5);
        }

        for (var i = 1; i < WebSocketSender.Capacity; i++) Assert.True(sender.TryEnqueue(OutgoingFrame.Next(operation, payload)), $"frame {i} refused");
        sender.Complete();
        await running;
    }

    [Fact]
    public async Task Frames_of_a_stopped_operation_are_dropped_and_the_others_sent()
    {
        var (_, batches, server, client) = WebSocketWire.Connect();
        using var sender = new WebSocketSender(server, batches, NullLogger.Instance);
        using var stopped = new WebSocketOperation("gone");
        using var kept = new WebSocketOperation("kept");

        for (var i = 0; i < 3; i++)
        {
            Assert.True(sender.TryEnqueue(OutgoingFrame.Next(stopped, Payload(i))));
            Assert.True(sender.TryEnqueue(OutgoingFrame.Next(kept, Payload(i))));
        }
        stopped.Stop();
        sender.Complete();
        await sender.RunAsync(CancellationToken.None);

        for (var i = 0; i < 3; i++) Assert.Equal(Next("kept", i), await WebSocketWire.ReceiveTextAsync(client));
    }
}
