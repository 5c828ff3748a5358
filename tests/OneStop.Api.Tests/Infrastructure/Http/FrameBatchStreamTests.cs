using System.Net.WebSockets;
using System.Text;
using OneStop.Api.Infrastructure.Http;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>
/// <see cref="FrameBatchStream"/> under a real server-side <see cref="WebSocket"/>, read back by a real client-side one over
/// a pipe: a batch leaves as one write, the frames stay whole and in order, and writes outside a batch go straight through.
/// </summary>
public sealed class FrameBatchStreamTests
{

    private static Task SendTextAsync(WebSocket server, string text) =>
        server.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    [Fact]
    public async Task A_batch_reaches_the_connection_as_one_write_with_every_frame_whole_and_in_order()
    {
        var (wire, batches, server, client) = WebSocketWire.Connect();
        batches.BeginBatch();
        for (var i = 0; i < 100; i++) await SendTextAsync(server, $"{{\"n\":{i}}}");
        Assert.Equal(0, wire.Writes);
        await batches.EndBatchAsync(CancellationToken.None);
        Assert.Equal(1, wire.Writes);
        for (var i = 0; i < 100; i++) Assert.Equal($"{{\"n\":{i}}}", await WebSocketWire.ReceiveTextAsync(client));
    }

    [Fact]
    public async Task Outside_a_batch_each_frame_goes_straight_through_and_an_empty_batch_writes_nothing()
    {
        var (wire, batches, server, client) = WebSocketWire.Connect();
        await SendTextAsync(server, "one");
        await SendTextAsync(server, "two");
        Assert.Equal(2, wire.Writes);
        batches.BeginBatch();
        await batches.EndBatchAsync(CancellationToken.None);
        Assert.Equal(2, wire.Writes);
        Assert.Equal("one", await WebSocketWire.ReceiveTextAsync(client));
        Assert.Equal("two", await WebSocketWire.ReceiveTextAsync(client));
    }

    [Fact]
    public async Task A_frame_that_does_not_fit_the_batch_writes_what_was_gathered_first()
    {
        var (wire, batches, server, client) = WebSocketWire.Connect();
        var large = new string('x', FrameBatchStream.BatchBytes);
        batches.BeginBatch();
        await SendTextAsync(server, "before");
        await SendTextAsync(server, large);
        await SendTextAsync(server, "after");
        await batches.EndBatchAsync(CancellationToken.None);
        // The gathered frame, the large one through, then the batch with the last one.
        Assert.Equal(3, wire.Writes);
        Assert.Equal("before", await WebSocketWire.ReceiveTextAsync(client));
        Assert.Equal(large, await WebSocketWire.ReceiveTextAsync(client));
        Assert.Equal("after", await WebSocketWire.ReceiveTextAsync(client));
    }

    [Theory]
    [InlineData(10)] // one length byte
    [InlineData(1_000)] // 16-bit length
    [InlineData(40_000)] // 16-bit length, most of a batch
    public async Task A_text_frame_appended_to_a_batch_is_read_by_a_client_websocket_between_the_sockets_own_frames(int size)
    {
        var (wire, batches, server, client) = WebSocketWire.Connect();
        var payload = Encoding.UTF8.GetBytes("{\"data\":\"" + new string('ầ', size / 3) + "\"}");
        batches.BeginBatch();
        await SendTextAsync(server, "first");
        Assert.True(batches.TryAppendTextFrame("{\"type\":\"next\",\"payload\":"u8, payload, (byte)'}'));
        await SendTextAsync(server, "last");
        await batches.EndBatchAsync(CancellationToken.None);
        Assert.Equal(1, wire.Writes);
        Assert.Equal("first", await WebSocketWire.ReceiveTextAsync(client));
        Assert.Equal("{\"type\":\"next\",\"payload\":" + Encoding.UTF8.GetString(payload) + "}", await WebSocketWire.ReceiveTextAsync(client));
        Assert.Equal("last", await WebSocketWire.ReceiveTextAsync(client));
    }

    [Fact]
    public async Task A_frame_is_not_appended_outside_a_batch_or_beyond_its_room()
    {
        var (_, batches, _, _) = WebSocketWire.Connect();
        Assert.False(batches.TryAppendTextFrame("a"u8, "b"u8, (byte)'}'));
        batches.BeginBatch();
        Assert.False(batches.TryAppendTextFrame("a"u8, new byte[FrameBatchStream.BatchBytes], (byte)'}'));
        Assert.True(batches.TryAppendTextFrame("a"u8, "b"u8, (byte)'}'));
        await batches.EndBatchAsync(CancellationToken.None);
    }
}
